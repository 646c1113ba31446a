package com.cohelm.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.program.ProgramStatus;
import com.cohelm.program.ProgramSummary;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.KaribuViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramsViewTest extends KaribuViewTest {

    @SuppressWarnings("unchecked")
    private List<String> rows() {
        Grid<ProgramSummary> grid = _get(Grid.class);
        var names = new ArrayList<String>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            names.add(GridKt._get(grid, i).name());
        }
        return names;
    }

    @Test
    void aCustomerAdminListsTheirProgramsOnlyAndCannotCreateOne() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("programs");
        assertThat(rows()).contains(DemoLogins.BRIGHTLINE_PROGRAM)
                .doesNotContain(DemoLogins.VERDANT_PROGRAM, DemoLogins.CALLOWAY_PROGRAM);
        _assertNone(Button.class, spec -> spec.withText("New program"));
    }

    @Test
    void theSupplierAdminListsEveryProgramAndFiltersThem() {
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("programs");
        assertThat(rows()).contains(DemoLogins.BRIGHTLINE_PROGRAM, DemoLogins.VERDANT_PROGRAM,
                DemoLogins.CALLOWAY_PROGRAM);
        _get(Button.class, spec -> spec.withText("New program"));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Search")), "verdant");
        assertThat(rows()).containsExactly(DemoLogins.VERDANT_PROGRAM);

        @SuppressWarnings("unchecked")
        Select<ProgramStatus> status = _get(Select.class, spec -> spec.withLabel("Status"));
        _setValue(status, ProgramStatus.COMPLETED);
        assertThat(rows()).isEmpty();
    }

    @Test
    void theSearchAndStatusComeFromTheAddress() {
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("programs?q=pilot&status=ACTIVE");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Search")).getValue()).isEqualTo("pilot");
        assertThat(rows()).containsExactly(DemoLogins.VERDANT_PROGRAM);
        navigate("programs?status=COMPLETED");
        assertThat(rows()).isEmpty();
    }

    @Test
    void aSupplierMemberListsTheProgramsTheyAreIn() {
        login(DemoLogins.SUPPLIER_MEMBER);
        navigate("programs");
        assertThat(rows()).contains(DemoLogins.BRIGHTLINE_PROGRAM, DemoLogins.VERDANT_PROGRAM)
                .doesNotContain(DemoLogins.CALLOWAY_PROGRAM);
    }
}
