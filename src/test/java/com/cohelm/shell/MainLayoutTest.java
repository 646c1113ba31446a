package com.cohelm.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.DemoLogins;
import com.cohelm.support.KaribuViewTest;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class MainLayoutTest extends KaribuViewTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsWhoseSpaceThisIsAndTheNavigation() {
        login(DemoLogins.CUSTOMER_MEMBER);
        navigate("programs");
        assertThat(_get(Div.class, spec -> spec.withClasses("organization-tag")).getElement().getTextRecursively())
                .contains("Verdant Clean Energy").contains("Customer");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Home", "Programs", "My actions");
        assertThat(_get(H1.class, spec -> spec.withClasses("page-title")).getText()).isEqualTo("Programs");
    }

    @Test
    void theChosenAppearanceIsKeptForTheNextVisit() {
        var email = "ben@brightline.example";
        login(email);
        navigate("");
        try {
            ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, spec -> spec.withClasses("user-menu")), "Dark");
            assertThat(jdbc.sql("select appearance from user_account where email = ?").param(email)
                    .query(String.class).single()).isEqualTo("DARK");
            signIn.out();
            MockVaadin.tearDown();
            setUpAgain();
            assertThat(login(email).appearance()).isEqualTo(com.cohelm.security.Appearance.DARK);
        } finally {
            jdbc.sql("update user_account set appearance = 'SYSTEM' where email = ?").param(email).update();
        }
    }

    @Test
    void theChosenLanguageIsKeptForTheNextVisit() {
        var email = "maya@calloway.example";
        login(email);
        navigate("");
        try {
            ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, spec -> spec.withClasses("user-menu")), "Français");
            assertThat(jdbc.sql("select language from user_account where email = ?").param(email)
                    .query(String.class).single()).isEqualTo("fr");

            // A new visit: a new session, signed in again; the page loads after the sign-in.
            signIn.out();
            MockVaadin.tearDown();
            setUpAgain();
            login(email);
            UI.getCurrent().getPage().reload();
            navigate("programs");
            assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
            assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                    .containsExactly("Accueil", "Programmes", "Mes actions");
        } finally {
            jdbc.sql("update user_account set language = 'en' where email = ?").param(email).update();
        }
    }

    @Test
    void thePageIsTheMainLandmarkBetweenTheBannerAndTheNavigation() {
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("programs");
        assertThat(UI.getCurrent().getCurrentView().getElement().getAttribute("role")).isEqualTo("main");
        assertThat(_get(Header.class, spec -> spec.withClasses("app-header")).getChildren())
                .contains(_get(H1.class, spec -> spec.withClasses("page-title")));
        var drawer = _get(Nav.class, spec -> spec.withClasses("drawer-nav"));
        assertThat(drawer.getElement().getAttribute("aria-labelledby")).isEqualTo("cohelm-brand");
        // Two labelled groups inside the drawer's one navigation landmark, and no expandable item: Vaadin's
        // expandable item names in aria-controls an element it does not render (decision 0028).
        assertThat(_find(SideNav.class)).extracting(SideNav::getLabel).containsExactly("Main navigation", "Administration");
        assertThat(_find(SideNav.class)).allSatisfy(nav -> assertThat(nav.getElement().getAttribute("role")).isEqualTo("group"));
        assertThat(_find(SideNavItem.class)).allSatisfy(item -> assertThat(item.getItems()).isEmpty());
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("People", "Organizations");

        navigate("no-such-page");
        assertThat(UI.getCurrent().getCurrentView().getElement().getAttribute("role")).isEqualTo("main");
    }

    @Test
    void aPageWithoutTheLayoutIsItselfTheMainLandmark() {
        navigate("login");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(com.cohelm.security.ui.LoginView.class);
        assertThat(UI.getCurrent().getCurrentView().getElement().getAttribute("role")).isEqualTo("main");
    }

    private void setUpAgain() {
        MockVaadin.setup(UI::new, new com.github.mvysny.kaributesting.v10.spring.MockSpringServlet(
                new com.github.mvysny.kaributesting.v10.Routes().autoDiscoverViews("com.cohelm"), context, UI::new));
    }
}
