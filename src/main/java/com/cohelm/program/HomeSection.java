package com.cohelm.program;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;

/**
 * A feature's share of the home page (issue 19: pages are composed, not hard-wired): its sections above
 * "My programs" and its lines on each program's card. The home page gathers every Spring bean implementing
 * it, so a feature adds its section in its own module and the program module depends on none of them.
 *
 * <p>Each feature reads once per page ({@link #read}) and draws both its sections and its card lines from
 * what it read, so the page's statements do not grow with its features. The page reads inside a
 * {@link ProgramReadScope}: each feature's service checks access to the reader's programs as always, and the
 * programs the reader sees are read once for all of them. Sections are shown only to someone in a program.
 *
 * <p>An implementation is a singleton shared by every session: it keeps nothing of a page, and a
 * {@link Share} and its components are made new for each page (a Vaadin component belongs to one UI).
 */
public interface HomeSection {

    /** Where its sections stand among the others; a smaller number comes first. */
    int order();

    /** Where its lines stand on a program's card, below the leads and the target date. */
    default int programCardOrder() {
        return order();
    }

    /** This feature's share of the page, read once through its own service. */
    Share read(HomePage page);

    /**
     * The page being drawn.
     *
     * @param programs the reader's programs whose cards the page shows (the first of them)
     * @param refresh  draws the whole page again, after a change made on it (such as a question answered)
     */
    record HomePage(List<ProgramSummary> programs, SerializableRunnable refresh) {
    }

    /** What a feature shows on one home page. */
    interface Share {

        /** Its sections (each a {@link Block}), in order; empty to show none. */
        List<Component> sections();

        /** Its lines on this program's card; empty to add none. */
        default List<Component> programCardLines(ProgramSummary program) {
            return List.of();
        }
    }

    /**
     * A section of the home page under its heading, in the look every section shares; a feature's section
     * extends it and adds its content in its constructor, in the reader's language (a component's
     * {@code getTranslation} and {@code getLocale}, as the page's own).
     */
    abstract class Block extends Div {

        /** Titled by the translation of {@code titleKey} with its {@code params}. */
        protected Block(String className, String titleKey, Object... params) {
            add(new H3(getTranslation(titleKey, params)));
            addClassNames("home-section", className);
        }

        /** What an empty section says, and what to do next. */
        protected static Paragraph empty(String text) {
            var paragraph = new Paragraph(text);
            paragraph.addClassName("empty-state");
            return paragraph;
        }
    }
}
