package com.cohelm.account.ui;

import com.cohelm.account.PersonSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.springframework.modulith.NamedInterface;
import java.util.Locale;

/**
 * A person with the side they are on, everywhere a person appears: who is who across the two teams
 * must be visible at a glance.
 */
@NamedInterface("ui")
public final class PersonLabel extends Composite<Div> {

    public PersonLabel(PersonSummary person) {
        this(person, null);
    }

    /** @param note the person's part here, such as "Lead", or null */
    public PersonLabel(PersonSummary person, String note) {
        this(person, note, true);
    }

    /** Name and organization only, for a list's narrow column: the side matters there, the job title less. */
    public static PersonLabel withOrganization(PersonSummary person) {
        return new PersonLabel(person, null, false);
    }

    private PersonLabel(PersonSummary person, String note, boolean jobTitle) {
        var root = getContent();
        root.addClassName("person-label");
        root.addClassName("side-" + person.side().name().toLowerCase(Locale.ROOT));
        var avatar = new Avatar(person.displayName());
        var name = new Span(person.displayName());
        name.addClassName("person-name");
        var details = new Span(person.jobTitle() == null || !jobTitle ? person.organizationName()
                : person.jobTitle() + " · " + person.organizationName());
        details.addClassName("person-details");
        var text = new Div(name, details);
        root.add(avatar, text);
        if (note != null) {
            var badge = new Span(note);
            badge.addClassName("person-note");
            name.add(badge);
        }
    }
}
