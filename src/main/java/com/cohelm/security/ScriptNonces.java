package com.cohelm.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Stamps a fresh nonce on every script of Vaadin's bootstrap page and sends that page's policy with it,
 * so that the page's own inline scripts run and an injected one does not (decision 0029).
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    private final SecureRandom random = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            var nonce = newNonce();
            page.getDocument().select("script").forEach(script -> script.attr("nonce", nonce));
            page.getVaadinResponse().setHeader("Content-Security-Policy", ContentSecurityPolicy.forBootstrapPage(nonce));
        });
    }

    private String newNonce() {
        var bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
