package com.cohelm.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One line of what an agenda item is about, kept as a message key and typed arguments so that each reader reads
 * it in their own language and formats: "6 measurements since the last review, latest 95.11 % on Dec 4, 2026" in
 * English, "6 mesures depuis la dernière revue, la dernière 95,11 % le 4 déc. 2026" in French. Render it with
 * {@link AgendaTexts}. Stored with the agenda item (as JSON), so keep keys and argument types stable.
 *
 * @param key  a message key, {@code review.line.*}
 * @param args its arguments, in order
 */
public record AgendaLine(String key, List<Arg> args) {

    public AgendaLine {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static AgendaLine of(String key, Arg... args) {
        return new AgendaLine(key, Arrays.asList(args));
    }

    /** How an argument is shown. */
    public enum Type {
        /** People's own words, shown as they wrote them. */
        TEXT,
        /** A whole number (a count): usable in a {@code choice} pattern. */
        COUNT,
        /** A measured value in the reader's number format, followed by its unit when it has one. */
        VALUE,
        /** An ISO date, shown as "Dec 4, 2026" in the reader's language. */
        DATE,
        /** A message key of its own, translated (a status, a cause). */
        KEY
    }

    /**
     * One argument.
     *
     * @param unit the unit after a {@link Type#VALUE}, or null
     */
    public record Arg(Type type, String value, String unit) {

        public Arg {
            Objects.requireNonNull(type, "type");
        }

        public static Arg text(String text) {
            return new Arg(Type.TEXT, text, null);
        }

        public static Arg count(long count) {
            return new Arg(Type.COUNT, Long.toString(count), null);
        }

        public static Arg value(BigDecimal value, String unit) {
            var plain = value.stripTrailingZeros();
            return new Arg(Type.VALUE, (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString(),
                    unit == null || unit.isBlank() ? null : unit.strip());
        }

        public static Arg date(LocalDate date) {
            return new Arg(Type.DATE, date.toString(), null);
        }

        public static Arg key(String key) {
            return new Arg(Type.KEY, key, null);
        }
    }
}
