package com.cohelm.security;

/**
 * The Content-Security-Policy CoHelm sends (decision 0029). Every response carries {@link #DEFAULT}; Vaadin's
 * bootstrap page, the one page with inline scripts, carries {@link #forBootstrapPage} instead, which allows
 * only the inline scripts stamped with that response's nonce. What must stay, and why:
 * {@code 'unsafe-eval'} (Flow runs server-sent JavaScript, such as {@code executeJs} and the components'
 * own calls, through {@code new Function}), and {@code style-src 'unsafe-inline'} (Lumo and the web
 * components set inline styles, and Flow's {@code Style} API writes style attributes).
 */
final class ContentSecurityPolicy {

    /** Every response but the bootstrap page: no inline script may run at all. */
    static final String DEFAULT = policy("script-src 'self' 'unsafe-eval'");

    private ContentSecurityPolicy() {
    }

    /** The bootstrap page: its own inline scripts carry the nonce; any other inline script is refused. */
    static String forBootstrapPage(String nonce) {
        return policy("script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'");
    }

    private static String policy(String scripts) {
        return String.join("; ",
                "default-src 'self'",
                scripts,
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self' ws: wss:",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }
}
