package com.cohelm.health.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.health.PortfolioCustomer;
import com.cohelm.health.PortfolioRow;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.KaribuViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The supplier's portfolio: programs and customers with health, search, filters, sort and export. */
class PortfolioViewTest extends KaribuViewTest {

    @SuppressWarnings("unchecked")
    private static Grid<PortfolioRow> programs() {
        return _get(Grid.class, spec -> spec.withClasses("portfolio-programs"));
    }

    private static List<PortfolioRow> rows() {
        var grid = programs();
        var size = GridKt._size(grid);
        return size == 0 ? List.of() : GridKt._fetch(grid, 0, size);
    }

    @Test
    void theAdminSeesEveryProgramWorstFirstAndSearchesAndFilters() {
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("portfolio");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PortfolioView.class);
        assertThat(_find(SideNavItem.class).stream().filter(i -> "Portfolio".equals(i.getLabel())).toList()).hasSize(1);
        var all = rows();
        assertThat(all).extracting(PortfolioRow::programName).contains(DemoLogins.BRIGHTLINE_PROGRAM,
                DemoLogins.VERDANT_PROGRAM, DemoLogins.CALLOWAY_PROGRAM);
        var scores = all.stream().map(PortfolioRow::score).filter(java.util.Objects::nonNull).toList();
        assertThat(scores).as("worst first").isSorted();
        var verdant = all.stream().filter(r -> r.programName().equals(DemoLogins.VERDANT_PROGRAM)).findFirst().orElseThrow();
        assertThat(verdant.slipping()).isPositive();
        var row = GridKt._getFormattedRow(programs(), all.indexOf(verdant));
        assertThat(row).contains(String.valueOf(verdant.slipping()));

        LocatorJ._setValue(_get(TextField.class, spec -> spec.withLabel("Search")), "calloway");
        assertThat(rows()).extracting(PortfolioRow::programName).contains(DemoLogins.CALLOWAY_PROGRAM)
                .doesNotContain(DemoLogins.BRIGHTLINE_PROGRAM, DemoLogins.VERDANT_PROGRAM);
        assertThat(rows()).allSatisfy(r -> assertThat((r.customerName() + " " + r.programName()).toLowerCase())
                .contains("calloway"));
        LocatorJ._setValue(_get(TextField.class, spec -> spec.withLabel("Search")), "");
        @SuppressWarnings("unchecked")
        Select<com.cohelm.program.ProgramStatus> status = _get(Select.class, spec -> spec.withLabel("Status"));
        LocatorJ._setValue(status, com.cohelm.program.ProgramStatus.COMPLETED);
        assertThat(rows()).allSatisfy(r -> assertThat(r.status()).isEqualTo(com.cohelm.program.ProgramStatus.COMPLETED));
        LocatorJ._setValue(status, null);

        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<PortfolioCustomer> customers = _get(Grid.class, spec -> spec.withClasses("portfolio-customers"));
        List<PortfolioCustomer> customerRows = GridKt._fetch(customers, 0, GridKt._size(customers));
        assertThat(customerRows).extracting(PortfolioCustomer::customerName).contains("Brightline Consumer Electronics",
                "Verdant Clean Energy", "Calloway Motor Works");
        assertThat(_get(Anchor.class, spec -> spec.withText("Export CSV")).getHref()).isNotBlank();
    }

    @Test
    void aSupplierMemberSeesTheirProgramsOnly() {
        login(DemoLogins.SUPPLIER_MEMBER);
        navigate("portfolio");
        assertThat(rows()).extracting(PortfolioRow::programName).contains(DemoLogins.BRIGHTLINE_PROGRAM,
                DemoLogins.VERDANT_PROGRAM).doesNotContain(DemoLogins.CALLOWAY_PROGRAM);
        assertThat(_find(SideNavItem.class).stream().filter(i -> "Audit log".equals(i.getLabel())).toList()).isEmpty();
    }
}
