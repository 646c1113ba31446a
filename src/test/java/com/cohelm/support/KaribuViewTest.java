package com.cohelm.support;

import com.cohelm.base.ui.Navigation;
import com.cohelm.security.CurrentUser;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.persistence.EntityManagerFactory;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless view tests: the real views, services and database, driven through the component tree
 * the way a user would (find a field by its label, click a button by its text).
 */
@CohelmSpringTest
public abstract class KaribuViewTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.cohelm");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected SignIn signIn;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        signIn.out();
    }

    /** Signs in as a demo person, both for Spring Security and for Vaadin's view access checks. */
    protected CurrentUser login(String email) {
        var user = signIn.as(email);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals));
        return user;
    }

    /** Starts over as a new browser tab of this person would: a fresh UI, signed in as them. */
    protected CurrentUser freshSession(String email) {
        MockVaadin.tearDown();
        signIn.out();
        setUpVaadin();
        return login(email);
    }

    /**
     * The SQL statements this person's opening of a page costs, in a fresh session: the navigation and the
     * first answer to the browser (a grid fetches its first page of rows there).
     */
    protected long statementsToOpen(String email, String location) {
        freshSession(email);
        var statistics = sqlStatistics();
        statistics.clear();
        navigate(location);
        MockVaadin.clientRoundtrip(false);
        return statistics.getPrepareStatementCount();
    }

    /** Hibernate's counters (statistics are on in tests), to count the statements an action costs. */
    /**
     * The statistics are the whole application's: the listeners still handling earlier events (on threads of
     * their own, decision 0034) are waited for first, so that a count holds only what the measured step ran.
     */
    protected Statistics sqlStatistics() {
        context.getBean(TestEvents.class).awaitHandled();
        return context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
    }

    /** Goes to an address as typed, query string included. */
    protected void navigate(String location) {
        Navigation.to(UI.getCurrent(), location);
    }
}
