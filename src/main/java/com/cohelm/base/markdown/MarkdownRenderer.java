package com.cohelm.base.markdown;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one place user-written Markdown becomes HTML: review minutes now, comments later. CommonMark
 * renders it with raw HTML escaped and unsafe link targets removed, and the OWASP sanitizer then keeps
 * only formatting, blocks, lists, tables and http(s)/mailto links (which open with {@code rel="nofollow
 * noopener noreferrer"}), so whatever a user types, no script, handler, style or frame reaches a page or a PDF.
 *
 * <p>The output is well-formed XHTML-compatible markup (every element closed, entities numeric), so the
 * same string serves a Vaadin {@code Html} component and the PDF renderer. Thread-safe; no Spring needed.
 */
public final class MarkdownRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).softbreak("<br />").build();

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "pre", "code", "hr", "br", "del", "ul", "ol", "li")
                    .allowAttributes("start").matching(true, "^[0-9]{1,6}$").onElements("ol")
                    .allowAttributes("href").onElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory());

    private MarkdownRenderer() {
    }

    /** Markdown to sanitised HTML; null or blank gives an empty string. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /** The same, wrapped in one {@code <div>} root element, as Vaadin's {@code Html} component needs. */
    public static String toHtmlBlock(String markdown, String cssClass) {
        var safeClass = cssClass == null ? "" : cssClass.replaceAll("[^a-zA-Z0-9 _-]", "");
        return "<div class=\"" + safeClass + "\">" + toHtml(markdown) + "</div>";
    }
}
