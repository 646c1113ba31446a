package com.cohelm.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.conversation.PeopleMentioned;
import com.cohelm.notification.EmailDelivery;
import com.cohelm.notification.NotificationFilter;
import com.cohelm.notification.NotificationKind;
import com.cohelm.notification.NotificationService;
import com.cohelm.notification.NotificationView;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestEvents;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The bell in the header, the notifications page and the email settings form, used as a person would. */
class NotificationViewsTest extends KaribuViewTest {

    @Autowired
    TestEvents testEvents;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    DemoPrograms demo;

    TestProgram program;

    @BeforeEach
    void mentionTheLead() {
        program = testPrograms.create("Bell");
        var sam = demo.personId(DemoLogins.SUPPLIER_MEMBER);
        var lead = demo.personId(program.customerLead());
        for (var i = 1; i <= 3; i++) {
            testEvents.publish(new PeopleMentioned(100 + i, program.id(), sam, Set.of(lead), "Topic " + i,
                    "programs/" + program.id() + "/goals", false));
        }
    }

    private static Span badge() {
        return _get(Span.class, spec -> spec.withClasses("notification-count"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<NotificationView> grid() {
        return _get(Grid.class, spec -> spec.withClasses("notifications-grid"));
    }

    private static List<NotificationView> rows() {
        var size = GridKt._size(grid());
        return size == 0 ? List.of() : GridKt._fetch(grid(), 0, size);
    }

    private static Component cell(String subject, String column) {
        var index = rows().stream().map(NotificationView::subjectTitle).toList().indexOf(subject);
        assertThat(index).as("row " + subject).isNotNegative();
        return GridKt._getCellComponent(grid(), index, column);
    }

    @Test
    void theBellCountsUnreadAndItsPopoverOpensOne() {
        login(program.customerLead());
        navigate("");
        assertThat(badge().getText()).isEqualTo("3");
        assertThat(badge().isVisible()).isTrue();
        var bell = _get(Button.class, spec -> spec.withClasses("notification-bell-button"));
        assertThat(bell.getAriaLabel()).contains("3 unread notifications");

        var popover = _get(Popover.class, spec -> spec.withClasses("notification-popover"));
        popover.open();
        var entries = _find(popover, Div.class, spec -> spec.withClasses("notification-entry"));
        assertThat(entries).hasSize(3);
        assertThat(entries.getFirst().getElement().getTextRecursively())
                .contains("Sam Okafor mentioned you on “Topic 3”");
        assertThat(entries.getFirst().getClassNames()).contains("unread");
        _click(entries.getFirst());

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("programs/" + program.id() + "/goals");
        assertThat(badge().getText()).isEqualTo("2");
        assertThat(bell.getAriaLabel()).contains("2 unread notifications");

        // Someone else's bell counts their own notifications only.
        login(program.customerMember());
        navigate("");
        assertThat(_find(Span.class, spec -> spec.withClasses("notification-count"))).as("no badge").isEmpty();
    }

    @Test
    void aNewNotificationIsPushedToTheBell() throws Exception {
        login(program.customerLead());
        navigate("");
        assertThat(badge().getText()).isEqualTo("3");
        testEvents.publish(new PeopleMentioned(199, program.id(), demo.personId(DemoLogins.SUPPLIER_MEMBER),
                Set.of(demo.personId(program.customerLead())), "Pushed topic", "programs/" + program.id(), false));
        // Delivered on a thread of its own, then run in this UI as its user.
        var deadline = System.currentTimeMillis() + 5000;
        while (!badge().getText().equals("4") && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        }
        assertThat(badge().getText()).isEqualTo("4");
    }

    @Test
    void theNotificationsPageOpensMarksOneAndMarksAllRead() {
        login(program.customerLead());
        navigate("notifications");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotificationsView.class);
        assertThat(rows()).filteredOn(n -> n.programId() == program.id()).extracting(NotificationView::subjectTitle)
                .containsExactly("Topic 3", "Topic 2", "Topic 1");

        _click(_get(cell("Topic 2", "buttons"), Button.class, spec -> spec.withText("Mark read")));
        assertThat(rows()).extracting(NotificationView::subjectTitle).doesNotContain("Topic 2");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<NotificationFilter> filter = _get(RadioButtonGroup.class, spec -> spec.withLabel("Show"));
        _setValue(filter, NotificationFilter.ALL);
        assertThat(rows()).extracting(NotificationView::subjectTitle).contains("Topic 1", "Topic 2", "Topic 3");
        assertThat(_find(cell("Topic 2", "buttons"), Button.class)).isEmpty();

        _click((Button) cell("Topic 3", "what"));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("programs/" + program.id() + "/goals");
        assertThat(badge().getText()).isEqualTo("1");

        navigate("notifications");
        _click(_get((Component) UI.getCurrent().getCurrentView(), Button.class, spec -> spec.withText("Mark all read")));
        assertThat(rows()).isEmpty();
        assertThat(notifications.mine(NotificationFilter.UNREAD, PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void theEmailSettingsFormSavesEveryKind() {
        login(program.customerMember());
        navigate("profile");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withText("Choose my email notifications")).getHref()).isEqualTo("profile/notifications");
        navigate("profile/notifications");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotificationSettingsView.class);
        @SuppressWarnings("unchecked")
        Select<EmailDelivery> mentions = _get(Select.class, spec -> spec.withLabel("Someone mentions me"));
        assertThat(mentions.getValue()).isEqualTo(EmailDelivery.IMMEDIATELY);
        @SuppressWarnings("unchecked")
        Select<EmailDelivery> pulses = _get(Select.class, spec -> spec.withLabel("A pulse opens for my answer"));
        _setValue(pulses, EmailDelivery.WEEKLY);
        _click(_get(Button.class, spec -> spec.withText("Save email settings")));
        assertThat(notifications.emailSettings().deliveries()).containsEntry(NotificationKind.PULSE_OPEN,
                EmailDelivery.WEEKLY).containsEntry(NotificationKind.MENTIONED, EmailDelivery.IMMEDIATELY);

        // Saved meanwhile in another tab: the form shows both versions instead of overwriting.
        var other = new java.util.EnumMap<>(notifications.emailSettings().deliveries());
        other.put(NotificationKind.MENTIONED, EmailDelivery.OFF);
        notifications.saveEmailSettings(notifications.emailSettings().version(), other);
        _setValue(pulses, EmailDelivery.OFF);
        _click(_get(Button.class, spec -> spec.withText("Save email settings")));
        var conflict = _get(com.cohelm.base.ui.ConflictDialog.class);
        _click(_get(conflict, Button.class, spec -> spec.withText("Save mine over it")));
        assertThat(notifications.emailSettings().deliveries()).containsEntry(NotificationKind.PULSE_OPEN,
                EmailDelivery.OFF);
    }
}
