package com.cohelm.activity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.FeedEntry;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit log: a refused address shows up there, by person and kind, without what is behind the id. */
class AuditViewTest extends KaribuViewTest {

    @Autowired
    DemoPrograms demo;

    @SuppressWarnings("unchecked")
    private static Grid<FeedEntry> grid() {
        return _get(Grid.class, spec -> spec.withClasses("audit-grid"));
    }

    private static List<FeedEntry> rows() {
        var grid = grid();
        var size = Math.min(GridKt._size(grid), 200);
        return size == 0 ? List.of() : GridKt._fetch(grid, 0, size);
    }

    @Test
    void aRefusedAddressIsInTheAuditLogWithoutWhatIsBehindIt() {
        var verdant = demo.id(DemoLogins.VERDANT_PROGRAM);
        login(DemoLogins.CUSTOMER_VIEWER);
        navigate("programs/" + verdant + "/goals");
        newVisit();

        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("audit");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AuditView.class);
        assertThat(_find(SideNavItem.class).stream().filter(i -> "Audit log".equals(i.getLabel())).toList()).hasSize(1);
        LocatorJ._setValue(_get(TextField.class, spec -> spec.withLabel("Person")), DemoLogins.CUSTOMER_VIEWER);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ActivityKind> kinds = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Kinds"));
        LocatorJ._setValue(kinds, Set.of(ActivityKind.ACCESS_DENIED));
        var rows = rows();
        assertThat(rows).isNotEmpty().allSatisfy(e -> assertThat(e.event().kind()).isEqualTo(ActivityKind.ACCESS_DENIED));
        var formatted = String.join(" | ", GridKt._getFormattedRow(grid(), 0));
        assertThat(formatted).contains("Access refused").contains("/programs/" + verdant + "/goals")
                .doesNotContain(DemoLogins.VERDANT_PROGRAM);
        assertThat(_get(Anchor.class, spec -> spec.withText("Export CSV")).getHref()).isNotBlank();
    }

    /** Another person's visit: a new session, so the layout is built for them. */
    private void newVisit() {
        signIn.out();
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        com.github.mvysny.kaributesting.v10.MockVaadin.setup(UI::new,
                new com.github.mvysny.kaributesting.v10.spring.MockSpringServlet(
                        new com.github.mvysny.kaributesting.v10.Routes().autoDiscoverViews("com.cohelm"), context, UI::new));
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
    }

    @Test
    void signInsAndFailedSignInsAreListed() {
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("audit");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ActivityKind> kinds = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Kinds"));
        LocatorJ._setValue(kinds, Set.of(ActivityKind.SIGNED_IN, ActivityKind.SIGN_IN_FAILED));
        assertThat(rows()).allSatisfy(e -> assertThat(e.event().kind())
                .isIn(ActivityKind.SIGNED_IN, ActivityKind.SIGN_IN_FAILED));
    }

    @Test
    void everyKindHasALabelAndANewKindFallsBackToItsName() {
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("audit");
        var view = UI.getCurrent().getCurrentView();
        for (var kind : ActivityKind.values()) {
            assertThat(ActivityText.label((com.vaadin.flow.component.Component) view, kind)).as(kind.name())
                    .doesNotContain("activity.kind");
        }
        assertThat(ActivityText.fallback(ActivityKind.ACCESS_DENIED)).isEqualTo("Access denied");
        assertThat(ActivityText.missing("!{activity.kind.NEW_KIND}!", "activity.kind.NEW_KIND")).isTrue();
    }
}
