package com.cohelm.base.mail;

import java.util.List;

/**
 * A titled list of links in a mail that carries more than one (a digest): each line is already translated
 * user text and is escaped in the HTML version like the arguments.
 */
public record MailSection(String heading, List<Line> lines) {

    public MailSection {
        lines = List.copyOf(lines);
    }

    /** One entry: what it is, and the absolute address that opens it. */
    public record Line(String text, String link) {
    }
}
