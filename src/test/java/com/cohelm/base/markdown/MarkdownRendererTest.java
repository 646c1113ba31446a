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

    /** The payloads of {@link #neverLetsScriptThrough} and more, written in a comment that mentions people. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">cover</p>",
            "<span style=\"background-image:url(javascript:alert(1))\">x</span>",
            "[@Sam Okafor](javascript:alert(1))",
            "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">@Sam Okafor</a>",
            "@Sam Okafor<script>alert(1)</script>",
            "`@Sam Okafor` <iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<body onload=alert(1)>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "[x](&#106;avascript:alert(1))",
            "[x]( javascript:alert(1))" })
    void mentionsNeverLetScriptThroughEither(String payload) {
        var html = MarkdownRenderer.toHtmlBlockWithMentions("Hi @Sam Okafor " + payload + " after",
                java.util.List.of("Sam Okafor", "<img src=x onerror=alert(1)>", "\" onclick=\"alert(1)"), "comment");
        var tags = Pattern.compile("<([a-zA-Z0-9]+)([^>]*)>").matcher(html);
        while (tags.find()) {
            var element = tags.group(1).toLowerCase();
            assertThat(element).as("element in %s", html).isIn(java.util.stream.Stream.concat(SAFE_ELEMENTS.stream(),
                    java.util.stream.Stream.of("div", "span")).toList());
            var attributes = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*\"([^\"]*)\"").matcher(tags.group(2));
            while (attributes.find()) {
                assertThat(attributes.group(1).toLowerCase()).as("attribute in %s", html)
                        .isIn("href", "rel", "start", "class");
                if (attributes.group(1).equalsIgnoreCase("href")) {
                    assertThat(attributes.group(2)).as("link in %s", html).matches("(?i)((https?|mailto):.*)?");
                }
                if (attributes.group(1).equalsIgnoreCase("class")) {
                    assertThat(attributes.group(2)).as("class in %s", html).isIn("comment", "mention");
                }
            }
        }
        assertThat(html.toLowerCase()).doesNotContain("<script", "<iframe", "<svg", "<img", "<style", "<object",
                "<embed", "<meta", "<base", "<body", "<math", "href=\"javascript", "href=\"data", "onerror=",
                "onclick=", "onload=", "onmouseover=", "style=");
        assertThat(html).contains("<span class=\"mention\">&#64;Sam Okafor</span>").contains("after");
    }

    @Test
    void aMentionedNameIsHighlightedOnlyInTextAndNeverBringsMarkup() {
        var html = MarkdownRenderer.toHtmlBlockWithMentions(
                "Ask @Ana <b>x</b> and @<img src=x onerror=alert(1)>, see [mail](mailto:team@Ana.example)",
                java.util.List.of("Ana", "<img src=x onerror=alert(1)>"), "comment");
        assertThat(html).contains("<span class=\"mention\">&#64;Ana</span>");
        // the address of a link keeps its text: nothing is inserted inside an attribute
        assertThat(html).contains("href=\"mailto:team&#64;Ana.example\"");
        // a "name" made of markup is highlighted as the escaped text it is
        assertThat(html).doesNotContain("<img").contains("&lt;img");
        assertThat(MarkdownRenderer.toHtmlBlockWithMentions("plain", java.util.List.of(), "comment"))
                .startsWith("<div class=\"comment\"><p>plain</p>").endsWith("</div>");
    }
}
