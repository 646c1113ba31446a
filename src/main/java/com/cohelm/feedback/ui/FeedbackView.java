package com.cohelm.feedback.ui;

import com.cohelm.action.ActionService;
import com.cohelm.action.ui.ActionPages;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.ui.Accessibility;
import com.cohelm.base.ui.FilterSelects;
import com.cohelm.base.ui.FilterToggle;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.PhoneLayout;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.base.ui.Routes;
import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.CommentThreads;
import com.cohelm.feedback.FeedbackFilter;
import com.cohelm.feedback.FeedbackItemView;
import com.cohelm.feedback.FeedbackKind;
import com.cohelm.feedback.FeedbackPage;
import com.cohelm.feedback.FeedbackService;
import com.cohelm.feedback.PulseService;
import com.cohelm.feedback.FeedbackStatus;
import com.cohelm.feedback.PulseCadence;
import com.cohelm.feedback.PulseView;
import com.cohelm.program.ui.ProgramPages;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Side;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A program's feedback both ways: the pulses (blind until both sides answered, then averages, net
 * promoter score, perception gap and trend) and the feedback items either side gives the other, each
 * answered by the addressed side and never deleted. {@code ?item=id} opens one item.
 */
@Route("programs/:programId/feedback")
@PermitAll
public class FeedbackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ITEM_PARAMETER = "item";

    private final FeedbackService feedbackService;
    private final PulseService pulseService;
    private final ActionService actionService;
    private final CurrentUserService currentUser;
    private final CommentThreads threads;
    private final Grid<FeedbackItemView> grid = new Grid<>();
    private final Select<FeedbackKind> kind = new Select<>();
    private final Select<FeedbackStatus> status = new Select<>();
    private final Select<Side> from = new Select<>();
    private final Div pulses = new Div();
    private FeedbackPage page;
    private boolean applyingCadence;

    FeedbackView(FeedbackService feedbackService, PulseService pulseService, ActionService actionService,
            CurrentUserService currentUser, CommentThreads threads) {
        this.threads = threads;
        this.feedbackService = feedbackService;
        this.pulseService = pulseService;
        this.actionService = actionService;
        this.currentUser = currentUser;
        addClassName("feedback-view");
        configureFilters();
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.load(event, "programId", feedbackService::page);
        if (found.isEmpty()) {
            return;
        }
        page = found.get();
        build();
        event.getLocation().getQueryParameters().getSingleParameter(ITEM_PARAMETER)
                .filter(v -> v.matches("\\d{1,18}"))
                .flatMap(v -> feedbackService.item(page.programId(), Long.parseLong(v)))
                .ifPresent(item -> showItem(item, CommentThreads.focus(event.getLocation().getQueryParameters())));
    }

    private void build() {
        removeAll();
        var back = new Anchor(ProgramPages.program(page.programId()), page.programName());
        back.addClassName("back-link");
        var title = new H2(getTranslation("feedback.title"));
        title.addClassName("program-title");
        var header = new Div(new Div(back, title));
        header.addClassName("program-header");
        var buttons = new Div();
        buttons.addClassName("header-buttons");
        if (page.canManagePulses()) {
            buttons.add(cadence());
            var open = new Button(getTranslation("feedback.pulse.open"), VaadinIcon.CHART.create(),
                    e -> new OpenPulseDialog(pulseService, page.programId(), currentUser.today(),
                            opened -> refreshPage()).open());
            buttons.add(open);
            page.pulses().stream().filter(PulseView::open).findFirst().ifPresent(current -> {
                // Say why, as text next to it: a disabled button takes no focus, so a tooltip alone would be missed.
                open.setEnabled(false);
                var reason = new Span(getTranslation("feedback.pulse.open.disabled",
                        Formats.date(current.closesOn(), getLocale())));
                reason.setId("open-pulse-reason");
                reason.addClassName("open-pulse-reason");
                open.getElement().setAttribute("aria-describedby", reason.getId().orElseThrow());
                open.setTooltipText(reason.getText());
                buttons.add(reason);
            });
        }
        if (page.canContribute()) {
            var give = new Button(getTranslation("feedback.give"), VaadinIcon.COMMENT_O.create(),
                    e -> new FeedbackFormDialog(feedbackService, page, null, this::saved).open());
            give.addThemeVariants(ButtonVariant.PRIMARY);
            buttons.add(give);
        }
        header.add(buttons);
        pulses.setWidthFull();
        showPulses();
        var itemsTitle = new H3(getTranslation("feedback.items.title"));
        itemsTitle.addClassName("section-title");
        FilterSelects.labels(from, getTranslation("filter.any"), page::nameOf);
        grid.setEmptyStateText(getTranslation(page.canContribute() ? "feedback.items.empty.contributor"
                : "feedback.items.empty"));
        add(header, pulses, itemsTitle, toolbar(), grid);
        setItems();
    }

    private Component cadence() {
        var select = new Select<PulseCadence>();
        select.setLabel(getTranslation("feedback.cadence"));
        select.setItems(PulseCadence.values());
        select.setItemLabelGenerator(c -> getTranslation("feedback.cadence." + c.name()));
        select.addClassName("cadence-select");
        applyingCadence = true;
        select.setValue(page.cadence());
        applyingCadence = false;
        select.addValueChangeListener(e -> {
            if (applyingCadence || e.getValue() == null) {
                return;
            }
            try {
                pulseService.setCadence(page.programId(), page.cadenceVersion(), e.getValue());
                Notification.show(getTranslation("feedback.cadence.saved." + e.getValue().name()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            } catch (ConcurrentEditException conflict) {
                Notification.show(getTranslation("feedback.conflict"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.WARNING);
            }
            refreshPage();
        });
        return select;
    }

    private void showPulses() {
        pulses.removeAll();
        pulses.add(new PulsePanel(page, currentUser.require().timeZone(), new PulsePanel.Actions() {
            @Override
            public void answer(PulseView pulse) {
                new PulseAnswerDialog(pulseService, page, pulse, saved -> {
                    Notification.show(getTranslation(saved.revealed() ? "feedback.pulse.answered.revealed"
                            : "feedback.pulse.answered.blind"), 5000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.SUCCESS);
                    refreshPage();
                }).open();
            }

            @Override
            public void close(PulseView pulse) {
                new ClosePulseDialog(pulseService, page, pulse, FeedbackView.this::refreshPage).open();
            }
        }));
    }

    private void configureFilters() {
        anyOf(kind, "feedback.filter.kind", FeedbackKind.values(), k -> getTranslation("feedback.kind." + k.name()));
        anyOf(status, "feedback.filter.status", FeedbackStatus.values(),
                s -> getTranslation("feedback.status." + s.name()));
        // The sides are named after the program's organizations once the page knows them (see build()).
        anyOf(from, "feedback.filter.from", Side.values(), s -> getTranslation("side." + s.name()));
    }

    /** A filter over an enum whose empty choice is "Any"; a change reloads the items. */
    private <T> void anyOf(Select<T> select, String labelKey, T[] values, ItemLabelGenerator<T> label) {
        FilterSelects.anyOf(select, getTranslation(labelKey), List.of(values), getTranslation("filter.any"), label);
        select.addValueChangeListener(e -> setItems());
    }

    private Component toolbar() {
        var toolbar = new HorizontalLayout(kind, status, from);
        toolbar.addClassName("feedback-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        return new FilterToggle(toolbar, kind, status, from);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("feedback-grid");
        grid.setWidthFull();
        grid.setHeight("max(36rem, calc(100vh - 8rem))");
        grid.addColumn(new ComponentRenderer<>(this::itemCell)).setHeader(getTranslation("feedback.column.item"))
                .setKey("item").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(this::fromCell)).setHeader(getTranslation("feedback.column.from"))
                .setKey("from").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(item -> FeedbackCells.status(this, item.status())))
                .setHeader(getTranslation("feedback.column.status")).setKey("status").setSortable(true)
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(this::given)
                .setHeader(getTranslation("feedback.column.given")).setKey("createdAt").setSortable(true)
                .setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::buttons)).setKey("buttons")
                .setHeader(Accessibility.buttonsHeader(this)).setWidth("11rem").setFlexGrow(0);
        PhoneLayout.cardsOnPhone(grid, getTranslation("feedback.items.title"), this::card);
    }

    /** On a phone: the item, who gave it to whom, its status and date, and the buttons, stacked. */
    private Component card(FeedbackItemView item) {
        var author = item.author() == null ? getTranslation("feedback.author.member-of", item.fromName())
                : item.author().displayName() + (item.shownAsOrganization()
                        ? " (" + getTranslation("feedback.author.shown-as-member") + ")" : "");
        var from = new Div(FeedbackCells.sideTag(this, item.fromSide()), new Span(author),
                new Span(getTranslation("feedback.from-to", item.fromName(), page.nameOf(item.toSide()))));
        from.addClassName("feedback-card-from");
        var card = new Div(itemCell(item), from);
        var status = new Div(FeedbackCells.status(this, item.status()), new Span(given(item)));
        status.addClassName("feedback-card-status");
        card.add(status, buttons(item));
        card.addClassName("feedback-card");
        return card;
    }

    private String given(FeedbackItemView item) {
        return Formats.dateTime(item.createdAt(), getLocale(), currentUser.require().timeZone());
    }

    /** Kind, title (as text), what it is about, and the response so far. */
    private Component itemCell(FeedbackItemView item) {
        // A real link: the item opens in full, and the address can be shared.
        var title = new Anchor(
                Routes.address(FeedbackView.class, item.programId()) + "?" + ITEM_PARAMETER + "=" + item.id(),
                item.title());
        title.addClassName("feedback-title");
        var head = new Div(FeedbackCells.kind(this, item.kind()), title);
        head.addClassName("feedback-head");
        var cell = new Div(head);
        cell.addClassName("feedback-cell");
        var body = new Span(item.body());
        body.addClassName("feedback-snippet");
        cell.add(body);
        FeedbackCells.about(this, page, item).ifPresent(about -> cell.add(note(about)));
        if (item.learned() != null) {
            cell.add(note(getTranslation("feedback.learned.note", item.learned())));
        } else if (item.declineReason() != null) {
            cell.add(note(getTranslation("feedback.declined.note", item.declineReason())));
        } else if (item.response() != null) {
            cell.add(note(getTranslation("feedback.response.note", page.nameOf(item.toSide()), item.response())));
        }
        if (item.revisions() > 0) {
            cell.add(note(getTranslation("feedback.edited.note", item.revisions())));
        }
        if (item.actionItemId() != null) {
            var action = new Anchor(ActionPages.actions(item.programId()),
                    getTranslation("feedback.action.link", item.actionItemId()));
            action.addClassName("feedback-action-link");
            cell.add(action);
        }
        return cell;
    }

    private Component fromCell(FeedbackItemView item) {
        var cell = new Div(FeedbackCells.sideTag(this, item.fromSide()),
                new Span(getTranslation("feedback.from-to", item.fromName(), page.nameOf(item.toSide()))),
                FeedbackCells.author(this, item));
        cell.addClassName("feedback-from");
        return cell;
    }

    private Component buttons(FeedbackItemView item) {
        var buttons = new Div();
        buttons.addClassName("row-buttons");
        if (item.mayRespond()) {
            var respond = new Button(getTranslation("feedback.respond"),
                    e -> new RespondDialog(feedbackService, item, this::saved).open());
            respond.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            buttons.add(respond);
            if (item.actionItemId() == null) {
                var plan = new Button(getTranslation("feedback.plan"), e -> new PlanActionDialog(feedbackService,
                        actionService, item, currentUser.today(), this::saved).open());
                plan.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                buttons.add(plan);
            }
        }
        if (item.mayEdit()) {
            var edit = new Button(getTranslation("action.edit"),
                    e -> new FeedbackFormDialog(feedbackService, page, item, this::saved).open());
            edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            buttons.add(edit);
        }
        return buttons;
    }

    private void showItem(FeedbackItemView item, Long focusedComment) {
        new FeedbackItemDialog(page, item, feedbackService.history(page.programId(), item.id()),
                currentUser.require().timeZone(),
                threads.panel(CommentSubject.feedback(page.programId(), item.id()), focusedComment)).open();
    }

    private static Span note(String text) {
        var note = new Span(text);
        note.addClassName("feedback-note");
        return note;
    }

    private void saved(FeedbackItemView item) {
        Notification.show(getTranslation("feedback.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
        grid.getDataProvider().refreshAll();
    }

    private FeedbackFilter filter() {
        return new FeedbackFilter(kind.getValue(), status.getValue(), from.getValue());
    }

    private void setItems() {
        if (page == null) {
            return;
        }
        var filter = filter();
        var programId = page.programId();
        grid.setItems(query -> {
            var request = VaadinSpringDataHelpers.toSpringPageRequest(query);
            var sort = request.getSort().isSorted() ? request.getSort().and(Sort.by(Sort.Order.desc("id")))
                    : FeedbackService.NEWEST_FIRST;
            return feedbackService.items(programId, filter, PageRequest.of(request.getPageNumber(),
                    request.getPageSize(), sort)).stream();
        }, query -> (int) feedbackService.count(programId, filter)).setIdentifierProvider(FeedbackItemView::id);
    }

    /** After a pulse changed: the pulses and the header's buttons as saved. */
    private void refreshPage() {
        page = feedbackService.page(page.programId());
        build();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.title") + (page == null ? "" : " · " + page.programName()) + " · CoHelm";
    }
}
