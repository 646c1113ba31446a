package com.cohelm.base;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;

/** An iCalendar as the text calendar apps read (milestone feeds, review invitations); lines are not validated again. */
public final class CalendarText {

    private CalendarText() {
    }

    public static String of(Calendar calendar) {
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
