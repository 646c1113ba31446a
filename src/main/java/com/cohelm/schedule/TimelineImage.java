package com.cohelm.schedule;

import java.time.LocalDate;

/**
 * The drawn timeline and what a screen reader gets instead.
 *
 * @param svg             a standalone {@code <svg>} document with a view box, no scripts and no external
 *                        references, meant to be shown as an {@code <img>}
 * @param textAlternative a plain-text summary for the image's {@code alt}; the svg carries it as its
 *                        {@code aria-label} too
 * @param width           the drawing's width in pixels, also on the svg element
 * @param height          the drawing's height in pixels, also on the svg element
 * @param rowsTop         where the first milestone's row starts, in pixels from the top: the page lays a link
 *                        over each row
 * @param rowHeight       the height of each row in pixels
 * @param from            the first day the axis shows
 * @param to              the last day the axis shows
 * @param outside         how many milestones have a date outside {@code from}–{@code to}, drawn as arrows at the edge
 * @param todayX          where the today line is, in pixels from the left
 */
public record TimelineImage(String svg, String textAlternative, int width, int height, int rowsTop, int rowHeight,
        LocalDate from, LocalDate to, int outside, int todayX) {
}
