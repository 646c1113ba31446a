package com.cohelm.base.markdown;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one place user-written Markdown becomes HTML: review minutes and comments. CommonMark
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
        return block(toHtml(markdown), cssClass);
    }

    /**
     * Like {@link #toHtmlBlock}, with every {@code @Name} of the given people's names highlighted as
     * {@code <span class="mention">}. The names are matched in the already sanitised output, in the form the
     * sanitiser itself encodes them, and only that fixed element is added: a name cannot bring markup in.
     */
    public static String toHtmlBlockWithMentions(String markdown, java.util.Collection<String> names, String cssClass) {
        var encoded = names.stream().distinct().map(name -> encodedText("@" + name)).filter(text -> !text.isEmpty())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        if (encoded.isEmpty()) {
            return block(toHtml(markdown), cssClass);
        }
        var alternatives = java.util.regex.Pattern.compile(String.join("|", encoded.stream()
                .map(java.util.regex.Pattern::quote).toList()));
        // Only text between tags: a name inside a link's address stays as it is.
        var source = toHtml(markdown);
        var html = new StringBuilder();
        var tag = java.util.regex.Pattern.compile("<[^>]*>").matcher(source);
        int last = 0;
        while (tag.find()) {
            html.append(highlight(source.substring(last, tag.start()), alternatives)).append(tag.group());
            last = tag.end();
        }
        html.append(highlight(source.substring(last), alternatives));
        return block(html.toString(), cssClass);
    }

    private static String highlight(String text, java.util.regex.Pattern names) {
        return names.matcher(text).replaceAll(found -> "<span class=\"mention\">"
                + java.util.regex.Matcher.quoteReplacement(found.group()) + "</span>");
    }

    /** Plain text as the sanitiser writes it into HTML. */
    private static String encodedText(String text) {
        var escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return POLICY.sanitize(escaped);
    }

    private static String block(String html, String cssClass) {
        var safeClass = cssClass == null ? "" : cssClass.replaceAll("[^a-zA-Z0-9 _-]", "");
        return "<div class=\"" + safeClass + "\">" + html + "</div>";
    }
}
