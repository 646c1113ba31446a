package com.cohelm.schedule;

import java.text.MessageFormat;
import java.util.Objects;

/**
 * The words on the timeline and in its text alternative, already translated by the caller.
 *
 * @param title          the timeline's title, or null or blank for none
 * @param today          the label of the today line, e.g. "Today"
 * @param baseline       the legend's word for the baseline date, e.g. "Baseline"
 * @param planned        the legend's word for the planned date, e.g. "Planned"
 * @param done           the legend's word for the done date, e.g. "Done"
 * @param compared       the legend's word for the compared baseline version, e.g. "Baseline B1", or null when
 *                       nothing is compared
 * @param summaryPattern the text alternative as a {@link MessageFormat} pattern (so a single quote is written
 *                       {@code ''}) with the arguments {0} number of milestones, {1} earliest and {2} latest
 *                       milestone date (the done date of a done milestone, else its planned date; already
 *                       formatted), {3} number late, {4} number done, {5} number planned later than their
 *                       baseline; e.g. "{0} milestones from {1} to {2}; {3} late; {4} done; {5} planned later
 *                       than their baseline."
 * @param emptySummary   the text alternative when there are no milestones, e.g. "No milestones."
 */
public record TimelineLabels(String title, String today, String baseline, String planned, String done,
        String compared, String summaryPattern, String emptySummary) {

    public TimelineLabels {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(done, "done");
        Objects.requireNonNull(summaryPattern, "summaryPattern");
        Objects.requireNonNull(emptySummary, "emptySummary");
        new MessageFormat(summaryPattern); // a broken translation fails here, not when a page is drawn
    }

    boolean hasTitle() {
        return title != null && !title.isBlank();
    }

    boolean hasCompared() {
        return compared != null && !compared.isBlank();
    }
}
