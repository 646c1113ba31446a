package com.cohelm.action.ui;

import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionService;
import com.cohelm.action.MyActions;
import com.cohelm.base.ui.Accessibility;
import com.cohelm.base.ui.PhoneLayout;
import com.cohelm.base.ui.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;

/**
 * Everything assigned to me across my programs that is still open, overdue first, with the status
 * changed in one step and questions answered in place.
 */
@Route("my-actions")
@PermitAll
public class MyActionsView extends VerticalLayout implements HasDynamicTitle {

    private final ActionService actionService;
    private final MyActions myActions;
    private final Grid<ActionItemView> grid = new Grid<>();

    MyActionsView(ActionService actionService, MyActions myActions) {
        this.actionService = actionService;
        this.myActions = myActions;
        addClassName("my-actions-view");
        setSizeFull();
        add(new Paragraph(getTranslation("my-actions.intro")));

        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("my-actions-grid");
        grid.setSizeFull();
        grid.addColumn(new ComponentRenderer<>(item -> ActionCells.item(this, item)))
                .setHeader(getTranslation("actions.column.title")).setKey("title").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(item -> {
            var link = new Anchor(Routes.address(ActionsView.class, item.programId()), item.programName());
            link.addClassName("program-link");
            return link;
        })).setHeader(getTranslation("actions.column.program")).setKey("program").setFlexGrow(2);
        // Fixed widths, not auto widths: those are measured on the first rows and cut what comes later.
        grid.addColumn(new ComponentRenderer<>(item -> ActionCells.due(this, item, getLocale())))
                .setHeader(getTranslation("actions.column.due")).setKey("dueDate").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::quickStatus))
                .setHeader(getTranslation("actions.column.status")).setKey("status").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::answerButton)).setKey("buttons")
                .setHeader(Accessibility.buttonsHeader(this)).setWidth("8rem")
                .setFlexGrow(0);
        PhoneLayout.cardsOnPhone(grid, getTranslation("actions.column.items"),
                item -> ActionCard.mine(this, item, getLocale(), quickStatus(item), answerButton(item)));
        grid.setEmptyStateText(getTranslation("my-actions.empty"));
        // Sorting is fixed: overdue first is the point of the page.
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return myActions.mine(PageRequest.of(page.getPageNumber(), page.getPageSize(),
                    MyActions.DUE_FIRST)).stream();
        }, query -> (int) myActions.countMine()).setIdentifierProvider(ActionItemView::id);
        add(grid);
    }

    private Component quickStatus(ActionItemView item) {
        return QuickStatus.of(this, actionService, item, saved -> refresh());
    }

    private Component answerButton(ActionItemView item) {
        if (!item.mayAnswer()) {
            return new Span();
        }
        var answer = new Button(getTranslation("actions.answer"),
                e -> new AnswerDialog(actionService, item, saved -> refresh()).open());
        answer.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        return answer;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-actions.title") + " · CoHelm";
    }
}
