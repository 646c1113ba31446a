package com.cohelm.action.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.action.ActionFilter;
import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionPlan;
import com.cohelm.action.ActionBulkChanges;
import com.cohelm.action.ActionReports;
import com.cohelm.action.ActionService;
import com.cohelm.action.ActionStatus;
import com.cohelm.action.SideWaiting;
import com.cohelm.base.ui.Accessibility;
import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.FilterSelects;
import com.cohelm.base.ui.FilterToggle;
import com.cohelm.account.ui.PersonLabel;
import com.cohelm.base.ui.PhoneLayout;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.base.ui.Routes;
import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.CommentThreads;
import com.cohelm.program.ProgramReadScope;
import com.cohelm.program.ProgramService;
import com.cohelm.program.ui.ProgramPages;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Side;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A program's mutual action plan: who is waiting on whom, then every item page by page, filtered by
 * status, side and assignee (kept in the address). Members of either side add actions, ask the other
 * side questions, change statuses and answer the questions addressed to their side; leads close or
 * reassign many items at once.
 */
@Route("programs/:programId/actions")
@PermitAll
public class ActionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String STATUS_PARAMETER = "status";
    static final String SIDE_PARAMETER = "side";
    static final String ASSIGNEE_PARAMETER = "assignee";
    /** Opens one item with its discussion: {@code ?item=ID}, with {@code &comment=ID} from a mention's link. */
    static final String ITEM_PARAMETER = "item";

    private final ActionService actionService;
    private final ActionBulkChanges bulkChanges;
    private final ActionReports reports;
    private final ProgramService programService;
    private final CurrentUserService currentUser;
    private final CommentThreads threads;
    private final Grid<ActionItemView> grid = new Grid<>();
    private final Select<ActionStatus> status = new Select<>();
    private final Select<Side> side = new Select<>();
    private final ComboBox<PersonSummary> assignee = new ComboBox<>();
    private final Div waiting = new Div();
    private ActionPlan plan;
    private boolean applyingAddress;
    private BulkBar bulkBar;
    /** On a phone the rows are cards without checkboxes: bulk changes are for a wider window. */
    private boolean phone;

    ActionsView(ActionService actionService, ActionBulkChanges bulkChanges, ActionReports reports,
            ProgramService programService, CurrentUserService currentUser, CommentThreads threads) {
        this.actionService = actionService;
        this.bulkChanges = bulkChanges;
        this.reports = reports;
        this.programService = programService;
        this.currentUser = currentUser;
        this.threads = threads;
        addClassName("actions-view");
        setSizeFull();
        configureFilters();
        configureGrid();
        PhoneLayout.track(this, isPhone -> {
            phone = isPhone;
            if (plan != null && plan.canBulkChange() && multiSelect() == isPhone) {
                build(); // with or without the checkboxes and the bulk bar
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A program the reader may not see is this page's not-found, recorded with its address (as on the program
        // page); within the scope the plan's own access check answers from what was found.
        Optional<ActionPlan> found;
        try (var scope = ProgramReadScope.open()) {
            found = RouteIds.find(event, "programId",
                    programId -> programService.find(programId).map(program -> actionService.plan(programId)));
        }
        if (found.isEmpty()) {
            return;
        }
        plan = found.get();
        build();
        var parameters = event.getLocation().getQueryParameters();
        applyAddress(parameters);
        parameters.getSingleParameter(ITEM_PARAMETER).filter(v -> v.matches("\\d{1,18}"))
                .flatMap(v -> actionService.item(plan.programId(), Long.parseLong(v)))
                .ifPresent(item -> discuss(item, CommentThreads.focus(parameters)));
    }

    private void discuss(ActionItemView item, Long focusedComment) {
        new ActionItemDialog(item, threads.panel(CommentSubject.action(item.programId(), item.id()), focusedComment))
                .open();
    }

    private void build() {
        removeAll();
        var back = new Anchor(ProgramPages.program(plan.programId()), plan.programName());
        back.addClassName("back-link");
        var title = new H2(getTranslation("actions.title"));
        title.addClassName("program-title");
        var header = new Div(new Div(back, title));
        header.addClassName("program-header");
        if (plan.canContribute()) {
            var user = currentUser.require();
            var create = new Button(getTranslation("actions.new"), VaadinIcon.PLUS.create(),
                    e -> new ActionFormDialog(actionService, plan, user, null, false, this::saved).open());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            var ask = new Button(getTranslation("actions.ask"), VaadinIcon.QUESTION_CIRCLE_O.create(),
                    e -> new ActionFormDialog(actionService, plan, user, null, true, this::saved).open());
            var buttons = new Div(ask, create);
            buttons.addClassName("header-buttons");
            header.add(buttons);
        }
        waiting.addClassName("card-row");
        showWaiting();
        add(header, waiting, toolbar());
        if (bulkBar != null) {
            bulkBar.detachFromGrid();
            bulkBar = null;
        }
        if (multiSelect() != (plan.canBulkChange() && !phone)) {
            grid.setSelectionMode(multiSelect() ? Grid.SelectionMode.SINGLE : Grid.SelectionMode.MULTI);
        }
        if (multiSelect()) {
            bulkBar = new BulkBar(bulkChanges, grid, plan.programId(), people(), this::refresh);
            add(bulkBar);
        }
        grid.setEmptyStateText(getTranslation(plan.canContribute() ? "actions.empty.contributor" : "actions.empty"));
        add(grid);
    }

    private boolean multiSelect() {
        return grid.getSelectionModel() instanceof GridMultiSelectionModel;
    }

    /** Who is waiting on whom: per side, what is open, how much of it is overdue, and the oldest. */
    private void showWaiting() {
        waiting.removeAll();
        for (var load : plan.waiting()) {
            waiting.add(waitingCard(load));
        }
    }

    private Card waitingCard(SideWaiting load) {
        var sideTag = new Span(getTranslation("side." + load.side().name()));
        sideTag.addClassNames("side-tag", "side-" + load.side().name().toLowerCase(Locale.ROOT));
        var card = Cards.titled(getTranslation("actions.waiting.on", load.organization()));
        card.addClassName("waiting-card");
        card.setHeaderSuffix(sideTag);
        if (load.open() == 0) {
            card.add(new Span(getTranslation("actions.waiting.none")));
            return card;
        }
        var counts = new Span(getTranslation("actions.waiting.counts", load.open(), load.overdue()));
        counts.addClassName("waiting-counts");
        card.add(counts);
        if (load.overdue() > 0) {
            card.add(ActionBadges.overdue(this));
        }
        load.oldestAgeDays()
                .ifPresent(days -> card.add(new Div(new Span(getTranslation("actions.waiting.oldest", days)))));
        return card;
    }

    /** Once per view: the same view shows another program's plan when only the address changes. */
    private void configureFilters() {
        FilterSelects.anyOf(status, getTranslation("actions.filter.status"), List.of(ActionStatus.values()),
                getTranslation("actions.filter.status.any"), s -> getTranslation("actions.status." + s.name()));
        status.addValueChangeListener(e -> filterChanged());

        // The sides are named after the program's organizations once the plan is known (see toolbar()).
        FilterSelects.anyOf(side, getTranslation("actions.filter.side"), List.of(Side.values()),
                getTranslation("actions.filter.side.any"), s -> getTranslation("side." + s.name()));
        side.addValueChangeListener(e -> filterChanged());

        assignee.setLabel(getTranslation("actions.filter.assignee"));
        assignee.setItemLabelGenerator(PersonSummary::displayName);
        assignee.setClearButtonVisible(true);
        assignee.addValueChangeListener(e -> filterChanged());
    }

    private Component toolbar() {
        applyingAddress = true;
        assignee.setItems(people());
        applyingAddress = false;
        FilterSelects.labels(side, getTranslation("actions.filter.side.any"),
                s -> plan.waiting().stream().filter(w -> w.side() == s).findFirst().orElseThrow().organization());

        // Built when someone downloads it, with the filters of that moment; the service checks access again.
        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            var csv = reports.csv(plan.programId(), filter()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "program-" + plan.programId() + "-actions.csv",
                    "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("actions.export"));
        export.addClassName("export-link");

        var toolbar = new HorizontalLayout(status, side, assignee);
        toolbar.addClassName("actions-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        toolbar.addAndExpand(new Div());
        toolbar.add(export);
        return new FilterToggle(toolbar, status, side, assignee);
    }

    private List<PersonSummary> people() {
        return Stream.concat(plan.supplierPeople().stream(), plan.customerPeople().stream()).toList();
    }

    private void configureGrid() {
        // Cells wrap rather than cut a badge, a name or a button; the fixed widths hold the longest French text.
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("actions-grid");
        grid.setSizeFull();
        grid.addColumn(new ComponentRenderer<>(item -> ActionCells.item(this, item)))
                .setHeader(getTranslation("actions.column.title"))
                .setKey("title").setSortable(true).setWidth("11rem").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(item -> PersonLabel.withOrganization(item.assignee())))
                .setHeader(getTranslation("actions.column.assignee")).setKey("assignee").setWidth("10.5rem")
                .setFlexGrow(2);
        // Fixed widths, not auto widths: those are measured on the first rows and cut what comes later.
        // The item's age goes with its due date: one column about time leaves the title and assignee their room.
        grid.addColumn(new ComponentRenderer<>(item -> ActionCells.dueAndAge(this, item, getLocale())))
                .setHeader(getTranslation("actions.column.due")).setKey("dueDate").setSortable(true)
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::quickStatus))
                .setHeader(getTranslation("actions.column.status")).setKey("status").setSortable(true)
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::origin))
                .setHeader(getTranslation("actions.column.origin")).setKey("origin").setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::buttons)).setKey("buttons")
                .setHeader(Accessibility.buttonsHeader(this)).setWidth("10.5rem").setFlexGrow(0);
        PhoneLayout.cardsOnPhone(grid, getTranslation("actions.column.items"),
                item -> ActionCard.inPlan(this, item, getLocale(), quickStatus(item), buttons(item)));
    }

    private Component quickStatus(ActionItemView item) {
        return QuickStatus.of(this, actionService, item, saved -> refresh());
    }

    /** Where the item came from; an item made from feedback links back to that feedback. */
    private Component origin(ActionItemView item) {
        var text = getTranslation("actions.origin." + item.origin().name());
        if (item.origin() == ActionOrigin.FEEDBACK && item.originId() != null) {
            // Feedback sits above action (it depends on it), so action may not know the feedback page.
            var link = new Anchor("programs/" + item.programId() + "/feedback?item=" + item.originId(), text);
            link.addClassName("origin-link");
            return link;
        }
        return new Span(text);
    }

    private Component buttons(ActionItemView item) {
        var buttons = new Div();
        buttons.addClassName("row-buttons");
        // An icon with its name as label and tooltip: the plan's columns keep their room.
        var discuss = new Button(VaadinIcon.COMMENTS_O.create(), e -> discuss(item, null));
        discuss.setAriaLabel(getTranslation("actions.discuss"));
        discuss.setTooltipText(getTranslation("actions.discuss"));
        discuss.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        discuss.addClassName("discuss-button");
        buttons.add(discuss);
        if (item.mayAnswer()) {
            var answer = new Button(getTranslation("actions.answer"), e -> new AnswerDialog(actionService, item,
                    saved -> refresh()).open());
            answer.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            buttons.add(answer);
        }
        if (item.mayChange() && item.status().isOpen()) {
            var edit = new Button(getTranslation("actions.edit"), e -> new ActionFormDialog(actionService, plan,
                    currentUser.require(), item, item.question(), this::saved).open());
            edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            buttons.add(edit);
        }
        return buttons;
    }

    private void saved(ActionItemView item) {
        Notification.show(getTranslation("actions.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
        refresh();
    }

    /** The filters live in the address, so Back, reload and a shared link keep them. */
    private void applyAddress(QueryParameters parameters) {
        applyingAddress = true;
        status.setValue(parameters.getSingleParameter(STATUS_PARAMETER)
                .flatMap(v -> Arrays.stream(ActionStatus.values()).filter(s -> s.name().equals(v)).findFirst())
                .orElse(null));
        side.setValue(parameters.getSingleParameter(SIDE_PARAMETER)
                .flatMap(v -> Arrays.stream(Side.values()).filter(s -> s.name().equals(v)).findFirst())
                .orElse(null));
        assignee.setValue(parameters.getSingleParameter(ASSIGNEE_PARAMETER)
                .flatMap(v -> people().stream().filter(p -> String.valueOf(p.id()).equals(v)).findFirst())
                .orElse(null));
        applyingAddress = false;
        setItems();
    }

    private void filterChanged() {
        if (applyingAddress) {
            return;
        }
        var parameters = new HashMap<String, String>();
        if (status.getValue() != null) {
            parameters.put(STATUS_PARAMETER, status.getValue().name());
        }
        if (side.getValue() != null) {
            parameters.put(SIDE_PARAMETER, side.getValue().name());
        }
        if (assignee.getValue() != null) {
            parameters.put(ASSIGNEE_PARAMETER, String.valueOf(assignee.getValue().id()));
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(Routes.address(ActionsView.class, plan.programId()), QueryParameters.simple(parameters))));
        setItems();
    }

    private ActionFilter filter() {
        return new ActionFilter(status.getValue(), side.getValue(),
                assignee.getValue() == null ? null : assignee.getValue().id());
    }

    private void setItems() {
        var filter = filter();
        var programId = plan.programId();
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            // Unsorted, the service puts the overdue first, then the open by due date, the done last.
            var sort = page.getSort().isSorted() ? page.getSort().and(Sort.by("id")) : Sort.unsorted();
            return actionService.items(programId, filter, PageRequest.of(page.getPageNumber(), page.getPageSize(),
                    sort)).stream();
        }, query -> (int) actionService.count(programId, filter)).setIdentifierProvider(ActionItemView::id);
    }

    /** After a change: the rows and who is waiting on whom, as saved. */
    private void refresh() {
        plan = actionService.plan(plan.programId());
        showWaiting();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actions.title") + (plan == null ? "" : " · " + plan.programName()) + " · CoHelm";
    }
}
