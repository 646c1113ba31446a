package com.cohelm.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.conversation.PeopleMentioned;
import com.cohelm.notification.ui.NotificationSettingsView;
import com.cohelm.notification.ui.NotificationsView;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestEvents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.AuthenticationException;

/**
 * Role × page × action for notifications: every signed-in role opens its own notifications page and
 * email settings and acts on its own notifications only; another person's notification answers like a
 * missing one for every role, supplier admins included; nobody signed out reaches anything.
 */
class NotificationAccessMatrixTest extends KaribuViewTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    TestEvents testEvents;
    @Autowired
    DemoPrograms demo;

    static Stream<String> everyRole() {
        return Stream.of(DemoLogins.SUPPLIER_ADMIN, DemoLogins.SUPPLIER_MEMBER, DemoLogins.CUSTOMER_ADMIN,
                DemoLogins.CUSTOMER_MEMBER, DemoLogins.CUSTOMER_VIEWER);
    }

    /** A notification of Calloway's program for Calloway's lead: nobody of the matrix may touch it. */
    private long someoneElsesNotification() {
        var program = demo.id(DemoLogins.CALLOWAY_PROGRAM);
        var carl = demo.personId("carl@calloway.example");
        testEvents.publish(new PeopleMentioned(900, program, demo.personId("priya@northwind.example"), Set.of(carl),
                "Calloway only", "programs/" + program, false));
        signIn.as("carl@calloway.example");
        var id = notifications.mine(NotificationFilter.ALL, PageRequest.of(0, 1)).getFirst().id();
        signIn.out();
        return id;
    }

    @ParameterizedTest
    @MethodSource("everyRole")
    void everyRoleOpensItsOwnPagesAndActsOnItsOwnNotificationsOnly(String login) {
        var foreign = someoneElsesNotification();
        login(login);
        navigate("notifications");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotificationsView.class);
        assertThat(_get(Grid.class)).isNotNull();
        navigate("profile/notifications");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotificationSettingsView.class);

        assertThatThrownBy(() -> notifications.open(foreign)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> notifications.markRead(foreign)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> notifications.markRead(987_654_321L)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(notifications.mine(NotificationFilter.ALL, PageRequest.of(0, 500)))
                .extracting(NotificationView::id).doesNotContain(foreign);
        notifications.markAllRead();
        assertThat(notifications.emailSettings().deliveries()).hasSize(NotificationKind.values().length);

        signIn.as("carl@calloway.example");
        assertThat(notifications.mine(NotificationFilter.UNREAD, PageRequest.of(0, 500)))
                .as("%s marked nothing of Carl's", login).extracting(NotificationView::id).contains(foreign);
        notifications.markRead(foreign);
    }

    @Test
    void nobodySignedOutReachesAnything() {
        signIn.out();
        assertThatThrownBy(notifications::unreadCount).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> notifications.mine(NotificationFilter.ALL, PageRequest.of(0, 5)))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(notifications::emailSettings).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> notifications.markRead(1)).isInstanceOf(AuthenticationException.class);
        navigate("notifications");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(NotificationsView.class);
    }
}
