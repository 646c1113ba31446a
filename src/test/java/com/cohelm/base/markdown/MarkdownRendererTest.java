package com.cohelm.base.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** User Markdown becomes formatting, never script: the payloads of the usual XSS cheat sheets. */
class MarkdownRendererTest {

    private static final java.util.Set<String> SAFE_ELEMENTS = java.util.Set.of("p", "a", "em", "strong", "code",
            "pre", "ul", "ol", "li", "br", "hr", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "del",
            "h1", "h2", "h3", "h4", "h5", "h6", "b", "i", "u", "s");

    @Test
    void rendersTheFormattingPeopleUse() {
        var html = MarkdownRenderer.toHtml("""
                **Agreed**: ship *3.2* on Friday

                - flash over USB
                - log the station id

                1. first
                2. second

                See [the plan](https://example.com/plan) and `build 14`.

                | side | owner |
                |------|-------|
                | supplier | Sam |
                """);
        assertThat(html).contains("<strong>Agreed</strong>", "<em>3.2</em>", "<ul>", "<li>flash over USB</li>", "<ol>",
                "<code>build 14</code>", "<table>", "<td>Sam</td>");
        assertThat(html).contains("href=\"https://example.com/plan\"").contains("rel=\"nofollow noopener noreferrer\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "![x](https://evil.example/x.png\" onerror=\"alert(1))",
            "<details open ontoggle=alert(1)>",
            "<<script>script>alert(1)<</script>/script>",
            "[x](vbscript:msgbox(1))",
            "<form action=\"https://evil.example\"><button>go</button></form>",
            "<style>body{display:none}</style>" })
    void neverLetsScriptThrough(String payload) {
        var html = MarkdownRenderer.toHtml("Before " + payload + " after");
        // whatever the payload, the only markup left is harmless formatting with safe links
        var tags = Pattern.compile("<([a-zA-Z0-9]+)([^>]*)>").matcher(html);
        while (tags.find()) {
            assertThat(tags.group(1).toLowerCase()).as("element in %s", html).isIn(SAFE_ELEMENTS);
            var attributes = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*\"([^\"]*)\"").matcher(tags.group(2));
            while (attributes.find()) {
                assertThat(attributes.group(1).toLowerCase()).as("attribute in %s", html).isIn("href", "rel", "start");
                if (attributes.group(1).equalsIgnoreCase("href")) {
                    assertThat(attributes.group(2)).as("link in %s", html).matches("(?i)((https?|mailto):.*)?");
                }
            }
        }
        assertThat(html.toLowerCase()).doesNotContain("<script", "<iframe", "<svg", "<img", "<style", "<form",
                "<details", "href=\"javascript", "href=\"vbscript", "href=\"data");
        assertThat(html).contains("Before").contains("after");
    }

    @Test
    void rawHtmlShowsAsTheTextItWas() {
        assertThat(MarkdownRenderer.toHtml("a <b>bold</b> claim")).contains("&lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void blankIsEmptyAndTheBlockHasOneRoot() {
        assertThat(MarkdownRenderer.toHtml(null)).isEmpty();
        assertThat(MarkdownRenderer.toHtml("  ")).isEmpty();
        assertThat(MarkdownRenderer.toHtmlBlock("*x*", "minutes\" onclick=\"alert(1)"))
                .startsWith("<div class=\"minutes onclickalert1\">").endsWith("</div>").contains("<em>x</em>");
    }
}
