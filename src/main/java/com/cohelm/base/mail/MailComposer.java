package com.cohelm.base.mail;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a {@link MailRequest} into the text and HTML versions of one mail, in the recipient's language,
 * from the same translations as the UI. The HTML is built from escaped text only.
 */
@Component
class MailComposer {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Clock clock;

    MailComposer(Clock clock) {
        this.clock = clock;
    }

    Mail compose(MailRequest request) {
        var bundle = ResourceBundle.getBundle("vaadin-i18n/translations", request.locale(), NO_FALLBACK);
        var locale = request.locale();
        var arguments = request.arguments().toArray();
        var subject = format(bundle.getString(request.key() + ".subject"), locale, arguments);
        var paragraphs = Arrays.stream(format(bundle.getString(request.key() + ".body"), locale, arguments)
                .split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        var action = bundle.getString(request.key() + ".action");
        var fallback = bundle.getString("mail.link-fallback");
        var signature = bundle.getString("mail.signature");

        var text = new StringBuilder();
        paragraphs.forEach(p -> text.append(p).append("\n\n"));
        for (var section : request.sections()) {
            text.append(section.heading()).append('\n');
            section.lines().forEach(line -> text.append("- ").append(line.text()).append("\n  ")
                    .append(line.link()).append('\n'));
            text.append('\n');
        }
        text.append(action).append(":\n").append(request.link()).append("\n\n").append(signature).append('\n');

        var html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><body style=\"font-family: system-ui, sans-serif; font-size: 15px; color: #1a1a1a;\">");
        paragraphs.forEach(p -> html.append("<p>").append(escape(p).replace("\n", "<br>")).append("</p>"));
        for (var section : request.sections()) {
            html.append("<h3 style=\"font-size: 16px; margin: 20px 0 6px;\">").append(escape(section.heading()))
                    .append("</h3><ul style=\"padding-left: 20px;\">");
            section.lines().forEach(line -> html.append("<li style=\"margin: 4px 0;\"><a href=\"")
                    .append(escape(line.link())).append("\">").append(escape(line.text())).append("</a></li>"));
            html.append("</ul>");
        }
        var link = escape(request.link());
        html.append("<p><a href=\"").append(link).append("\" style=\"display: inline-block; padding: 10px 18px;"
                        + " background: #1f5fbf; color: #ffffff; text-decoration: none; border-radius: 6px;\">")
                .append(escape(action)).append("</a></p>")
                .append("<p style=\"color: #555555; font-size: 13px;\">").append(escape(fallback))
                .append("<br>").append(link).append("</p>")
                .append("<p>").append(escape(signature)).append("</p></body></html>");
        return new Mail(request.to(), subject, text.toString(), html.toString(), clock.instant());
    }

    private static String format(String pattern, Locale locale, Object[] arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
