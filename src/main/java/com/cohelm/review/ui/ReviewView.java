package com.cohelm.review.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.LocalizedDatePicker;
import com.cohelm.base.ui.PersonLabel;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.CommentThreads;
import com.cohelm.goal.GoalService;
import com.cohelm.review.AgendaItemView;
import com.cohelm.review.ReviewBroadcaster;
import com.cohelm.review.ReviewCalendar;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewService;
import com.cohelm.review.ReviewSummaryPdf;
import com.cohelm.schedule.ScheduleService;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Stream;

/**
 * A review meeting, live: the agenda with the item the presenter shows, that item's data next to its
 * minutes, decisions and action items, the attendees with the time in their own zone, and the sign-offs.
 * Every change anyone makes appears on every open screen within a second (server push); the fields being
 * typed in are kept while the rest of the page follows.
 */
@Route("reviews/:reviewId")
@PermitAll
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviewService;
    private final ReviewCalendar calendar;
    private final ReviewSummaryPdf summaryPdf;
    private final GoalService goalService;
    private final ScheduleService scheduleService;
    private final CurrentUserService currentUser;

    private final Div header = new Div();
    private final Div agenda = new Div();
    private final Div itemHead = new Div();
    private final Div itemData = new Div();
    private final Div minutes = new Div();
    private final Div capture = new Div();
    private final Div side = new Div();
    private final Div amendments = new Div();
    /** The review's comment thread, outside the live minutes: made once per review shown. */
    private final Div discussion = new Div();
    private final CommentThreads threads;

    private final TextArea note = new TextArea();
    private final TextField decisionText = new TextField();
    private final ComboBox<PersonSummary> supplierAgreed = new ComboBox<>();
    private final ComboBox<PersonSummary> customerAgreed = new ComboBox<>();
    private final Binder<DecisionForm> decisionBinder = new Binder<>(DecisionForm.class);
    private final TextField actionTitle = new TextField();
    private final ComboBox<PersonSummary> actionAssignee = new ComboBox<>();
    private final LocalizedDatePicker actionDue = new LocalizedDatePicker(null);
    private final Binder<ReviewActionForm> actionBinder = new Binder<>(ReviewActionForm.class);
    private final TextField customTitle = new TextField();
    private final TextArea amendment = new TextArea();

    private long reviewId;
    private ReviewDetails review;
    private Long dataShownFor;

    ReviewView(ReviewService reviewService, ReviewCalendar calendar, ReviewSummaryPdf summaryPdf,
            GoalService goalService, ScheduleService scheduleService, ReviewBroadcaster broadcaster,
            CurrentUserService currentUser, CommentThreads threads) {
        this.reviewService = reviewService;
        this.threads = threads;
        this.calendar = calendar;
        this.summaryPdf = summaryPdf;
        this.goalService = goalService;
        this.scheduleService = scheduleService;
        LiveReview.whileAttached(this, broadcaster, currentUser, () -> review == null ? null : reviewId, this::refresh);
        this.currentUser = currentUser;
        addClassName("review-view");
        buildForms();
        agenda.addClassName("review-agenda");
        side.addClassName("review-side");
        itemHead.addClassName("review-item-head");
        itemData.addClassName("review-item-data-holder");
        minutes.addClassName("review-minutes");
        capture.addClassName("review-capture");
        var item = new Div(itemHead, itemData, minutes, capture);
        item.addClassName("review-item");
        var body = new Div(agenda, item, side);
        body.addClassName("review-body");
        discussion.addClassName("review-discussion");
        discussion.setWidthFull();
        add(header, body, amendments, discussion);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.find(event, "reviewId", reviewService::review);
        if (found.isEmpty()) {
            return;
        }
        reviewId = found.get().id();
        discussion.removeAll();
        discussion.add(threads.panel(CommentSubject.review(found.get().programId(), reviewId),
                CommentThreads.focus(event.getLocation().getQueryParameters())));
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return review == null ? getTranslation("review.list.title") : review.title();
    }

    /** Reads the review again as the reader; one they may no longer see is closed on their screen. */
    void refresh() {
        try {
            reviewService.review(reviewId).ifPresentOrElse(this::show, this::lost);
        } catch (ResourceNotFoundException e) {
            lost();
        }
    }

    private void lost() {
        onDetach(null);
        removeAll();
        add(new Paragraph(getTranslation("review.lost")));
    }

    private void show(ReviewDetails details) {
        this.review = details;
        var user = currentUser.require();
        header();
        agenda();
        var current = details.currentItem();
        var currentId = current.map(AgendaItemView::id).orElse(null);
        itemHead.removeAll();
        minutes.removeAll();
        current.ifPresent(item -> {
            itemHead.add(kindLabel(item), new H3(item.title()));
            if (item.detail() != null && !item.custom()) {
                var detail = new Paragraph(item.detail());
                detail.addClassName("review-item-detail");
                itemHead.add(detail);
            }
            minutes(item, user);
        });
        if (current.isEmpty()) {
            itemHead.add(new Paragraph(getTranslation("review.agenda.empty")));
        }
        // the data panel reads other features: only again when another item is shown
        if (currentId == null || !currentId.equals(dataShownFor)) {
            itemData.removeAll();
            current.ifPresent(item -> itemData.add(new ItemData(item, details.programId(), details.id(),
                    user.timeZone(), goalService, scheduleService, reviewService)));
            dataShownFor = currentId;
        }
        var permissions = details.permissions();
        capture.setVisible(permissions.capture() && current.isPresent());
        customTitle.getParent().ifPresent(p -> p.setVisible(permissions.arrangeAgenda()));
        offer(supplierAgreed, details.supplierPeople());
        offer(customerAgreed, details.customerPeople());
        offer(actionAssignee, Stream.concat(details.supplierPeople().stream(), details.customerPeople().stream())
                .toList());
        actionDue.setMin(currentUser.today());
        side(user);
        amendments();
    }

    /**
     * The people a field offers, keeping the reader's choice: this runs again whenever anyone changes the
     * review, and someone else's note must not undo what the reader was choosing.
     */
    private static void offer(ComboBox<PersonSummary> field, List<PersonSummary> people) {
        var chosen = field.getValue();
        field.setItems(people);
        if (chosen != null) {
            people.stream().filter(person -> person.id() == chosen.id()).findFirst().ifPresent(field::setValue);
        }
    }

    private void header() {
        header.removeAll();
        header.addClassName("program-header");
        var user = currentUser.require();
        var back = new Anchor("programs/" + review.programId() + "/reviews",
                getTranslation("review.back", review.programName()));
        back.addClassName("back-link");
        var title = new H2(review.title());
        title.addClassName("review-title");
        var when = new Span(getTranslation("review.when", Formats.dateTime(review.startsAt(), getLocale(), user.timeZone()),
                review.durationMinutes(), user.timeZone().getId()));
        when.addClassName("review-when");
        var facts = new Div(ReviewsView.stateBadge(this, review.state()), when);
        if (review.location() != null) {
            facts.add(new Span(review.location()));
        }
        facts.addClassName("program-badges");
        var heading = new Div(back, title, facts);
        heading.addClassName("program-heading");

        var ics = new Anchor(DownloadHandler.fromInputStream(event -> {
            var text = calendar.ics(reviewId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(text), "review-" + reviewId + ".ics",
                    "text/calendar;charset=UTF-8", text.length);
        }), getTranslation("review.calendar"));
        ics.addClassName("review-ics");
        // Built when someone downloads it, in their language and zone; the service checks access again.
        var locale = getLocale();
        var zone = user.timeZone();
        com.cohelm.review.Translator translator = this::getTranslation;
        var pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = summaryPdf.pdf(reviewId, translator, locale, zone);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "review-" + reviewId + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("review.pdf"));
        pdf.addClassName("review-pdf");
        var present = new Anchor("reviews/" + reviewId + "/present", getTranslation("review.present"));
        present.addClassName("review-present-link");
        var links = new Div(ics, pdf, present);
        links.addClassName("review-links");
        var actions = new Div(links);
        actions.addClassName("review-header-actions");
        if (review.permissions().edit()) {
            actions.add(new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> new ReviewFormDialog(reviewService, review.programId(), review.supplierPeople(),
                            review.customerPeople(), currentUser.require(), currentUser.today(), review, saved -> refresh()).open()));
        }
        if (review.permissions().arrangeAgenda()) {
            var update = new Button(getTranslation("review.agenda.update"), VaadinIcon.REFRESH.create(), e -> {
                var added = reviewService.updateAgenda(reviewId);
                Notification.show(getTranslation("review.agenda.updated", added));
                refresh();
            });
            update.addClassName("update-agenda");
            actions.add(update);
        }
        header.add(heading, actions);
    }

    private Span kindLabel(AgendaItemView item) {
        var kind = new Span(getTranslation("review.kind." + item.kind()));
        kind.addClassName("review-kind");
        if (item.side() != null) {
            kind.setText(kind.getText() + " · " + getTranslation("side." + item.side().name()));
        }
        return kind;
    }

    private void agenda() {
        agenda.removeAll();
        agenda.add(new H3(getTranslation("review.agenda")));
        var list = new OrderedList();
        list.addClassName("review-agenda-list");
        var current = review.currentItem().map(AgendaItemView::id).orElse(null);
        var permissions = review.permissions();
        for (var item : review.agenda()) {
            var entry = new ListItem();
            entry.addClassName("review-agenda-item");
            if (Long.valueOf(item.id()).equals(current)) {
                entry.addClassName("current");
            }
            var title = new Span(item.title());
            title.addClassName("review-agenda-title");
            var counts = new Span(getTranslation("review.agenda.counts", item.notes().size(), item.decisions().size(),
                    item.actions().size()));
            counts.addClassName("review-agenda-counts");
            var text = new Div(kindLabel(item), title, counts);
            entry.add(text);
            if (permissions.capture()) {
                text.addClassName("clickable");
                text.addClickListener(e -> act(() -> reviewService.show(reviewId, item.id())));
            }
            if (permissions.arrangeAgenda()) {
                var up = new Button(VaadinIcon.ARROW_UP.create(), e -> act(() -> reviewService.moveItem(reviewId, item.id(), -1)));
                up.setAriaLabel(getTranslation("review.agenda.up", item.title()));
                var down = new Button(VaadinIcon.ARROW_DOWN.create(),
                        e -> act(() -> reviewService.moveItem(reviewId, item.id(), 1)));
                down.setAriaLabel(getTranslation("review.agenda.down", item.title()));
                up.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                down.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                entry.add(new Div(up, down));
            }
            list.add(entry);
        }
        agenda.add(list);
        if (permissions.arrangeAgenda()) {
            var add = new Button(getTranslation("review.agenda.add"), VaadinIcon.PLUS.create(), e -> {
                if (customTitle.getValue().isBlank()) {
                    customTitle.setErrorMessage(getTranslation("validation.required"));
                    customTitle.setInvalid(true);
                    return;
                }
                act(() -> reviewService.addCustomItem(reviewId, customTitle.getValue(), null));
                customTitle.clear();
                customTitle.setInvalid(false);
            });
            var form = new Div(customTitle, add);
            form.addClassName("review-custom-item");
            agenda.add(form);
        }
    }

    private void minutes(AgendaItemView item, CurrentUser user) {
        var notes = new Div(new H4(getTranslation("review.minutes")));
        notes.addClassName("review-notes");
        if (item.notes().isEmpty()) {
            notes.add(new Paragraph(getTranslation("review.minutes.empty")));
        }
        for (var n : item.notes()) {
            var body = new Html(wrap(n.html()));
            var by = new Span(n.author().displayName() + " · " + Formats.dateTime(n.createdAt(), getLocale(), user.timeZone()));
            by.addClassName("review-note-by");
            var entry = new Div(body, by);
            entry.addClassName("review-note");
            notes.add(entry);
        }
        var decisions = new Div(new H4(getTranslation("review.decisions")));
        decisions.addClassName("review-decisions");
        for (var d : item.decisions()) {
            var text = new Span(d.text());
            text.addClassName("review-decision-text");
            var agreed = new Span(getTranslation("review.agreed-by", d.supplierAgreed().displayName(),
                    d.customerAgreed().displayName()));
            agreed.addClassName("review-decision-agreed");
            var entry = new Div(text, agreed);
            entry.addClassName("review-decision");
            decisions.add(entry);
        }
        if (item.decisions().isEmpty()) {
            decisions.add(empty("review.decisions.none"));
        }
        var actions = new Div(new H4(getTranslation("review.actions")));
        actions.addClassName("review-actions");
        for (var a : item.actions()) {
            var entry = new Div(new Anchor("programs/" + review.programId() + "/actions", a.title()),
                    new Span(getTranslation("review.action.line", a.assignee().displayName(),
                            getTranslation("side." + a.assignee().side().name()), Formats.date(a.dueDate(), getLocale()))));
            entry.addClassName("review-action");
            actions.add(entry);
        }
        if (item.actions().isEmpty()) {
            actions.add(empty("review.actions.none"));
        }
        minutes.add(notes, decisions, actions);
    }

    private Paragraph empty(String key) {
        var text = new Paragraph(getTranslation(key));
        text.addClassName("empty-state");
        return text;
    }

    /** The sanitised HTML of a note in one root element, as {@link Html} needs. */
    static String wrap(String html) {
        return "<div class=\"review-markdown\">" + html + "</div>";
    }

    private void side(CurrentUser user) {
        side.removeAll();
        var attendees = new Div();
        var time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        for (var attendee : review.attendees()) {
            var local = review.startsAt().atZone(attendee.timeZone());
            attendees.add(new PersonLabel(attendee.person(),
                    getTranslation("review.attendee.time", time.format(local), attendee.timeZone().getId())));
        }
        var attendeeCard = Cards.titled(getTranslation("review.attendees"), attendees);
        attendeeCard.addClassName("review-attendees");

        var signOffs = new Div();
        for (var signOff : review.signOffs()) {
            var line = new Paragraph(getTranslation("side." + signOff.side().name()) + ": " + (signOff.signed()
                    ? getTranslation("review.signed-by", signOff.signedBy().displayName(),
                            Formats.dateTime(signOff.signedAt(), getLocale(), user.timeZone()))
                    : getTranslation("review.awaiting", signOff.lead().displayName())));
            line.addClassName("review-sign-off");
            signOffs.add(line);
        }
        var permissions = review.permissions();
        if (permissions.signOff()) {
            var sign = new Button(getTranslation("review.sign-off"), VaadinIcon.CHECK.create(),
                    e -> act(() -> reviewService.signOff(reviewId)));
            sign.addThemeVariants(ButtonVariant.PRIMARY);
            sign.addClassName("sign-off");
            signOffs.add(sign);
        }
        if (permissions.withdraw()) {
            signOffs.add(new Button(getTranslation("review.withdraw"), e -> act(() -> reviewService.withdrawSignOff(reviewId))));
        }
        var signCard = Cards.titled(getTranslation("review.sign-offs"), signOffs);
        signCard.addClassName("review-sign-offs");
        side.add(attendeeCard, signCard);
    }

    private void amendments() {
        amendments.removeAll();
        if (review.closedAt() == null) {
            amendments.setVisible(false);
            return;
        }
        amendments.setVisible(true);
        amendments.addClassName("review-amendments");
        amendments.add(new H3(getTranslation("review.amendments")),
                new Paragraph(getTranslation("review.closed-record")));
        var zone = currentUser.require().timeZone();
        for (var a : review.amendments()) {
            var entry = new Div(new Html(wrap(a.html())), new Span(a.author().displayName() + " · "
                    + Formats.dateTime(a.createdAt(), getLocale(), zone)));
            entry.addClassName("review-amendment");
            amendments.add(entry);
        }
        if (review.amendments().isEmpty()) {
            amendments.add(empty("review.amendments.none"));
        }
        if (review.permissions().amend()) {
            var add = new Button(getTranslation("review.amend"), e -> {
                if (amendment.getValue().isBlank()) {
                    amendment.setErrorMessage(getTranslation("validation.required"));
                    amendment.setInvalid(true);
                    return;
                }
                act(() -> reviewService.amend(reviewId, amendment.getValue()));
                amendment.clear();
                amendment.setInvalid(false);
            });
            amendments.add(amendment, add);
        }
    }

    private void buildForms() {
        var required = getTranslation("validation.required");
        note.setLabel(getTranslation("review.note"));
        note.setHelperText(getTranslation("review.note.help"));
        note.setMaxLength(20000);
        note.setWidthFull();
        var addNote = new Button(getTranslation("review.note.add"), e -> addNote());
        addNote.addClassName("add-note");

        decisionText.setLabel(getTranslation("review.decision"));
        decisionText.setMaxLength(2000);
        decisionText.setWidthFull();
        supplierAgreed.setLabel(getTranslation("review.decision.supplier"));
        customerAgreed.setLabel(getTranslation("review.decision.customer"));
        supplierAgreed.setItemLabelGenerator(PersonSummary::displayName);
        customerAgreed.setItemLabelGenerator(PersonSummary::displayName);
        decisionBinder.forField(decisionText).asRequired(required).withValidator(v -> !v.isBlank(), required).bind("text");
        decisionBinder.forField(supplierAgreed).asRequired(getTranslation("review.error.agreed-by")).bind("supplierAgreed");
        decisionBinder.forField(customerAgreed).asRequired(getTranslation("review.error.agreed-by")).bind("customerAgreed");
        decisionBinder.readRecord(DecisionForm.empty());
        var addDecision = new Button(getTranslation("review.decision.add"), e -> addDecision());
        addDecision.addClassName("add-decision");
        addDecision.addThemeVariants(ButtonVariant.PRIMARY);

        actionTitle.setLabel(getTranslation("review.action"));
        actionTitle.setMaxLength(200);
        actionAssignee.setLabel(getTranslation("review.action.assignee"));
        actionAssignee.setItemLabelGenerator(p -> p.displayName() + " · " + p.organizationName());
        actionDue.setLabel(getTranslation("review.action.due"));
        actionDue.setMinErrorKey("actions.error.due-in-past");
        actionBinder.forField(actionTitle).asRequired(required).withValidator(v -> !v.isBlank(), required).bind("title");
        actionBinder.forField(actionAssignee).asRequired(getTranslation("actions.error.assignee")).bind("assignee");
        actionBinder.forField(actionDue).asRequired(required).bind("dueDate");
        actionBinder.readRecord(ReviewActionForm.empty());
        var addAction = new Button(getTranslation("review.action.add"), e -> addAction());
        addAction.addClassName("add-action");

        var noteForm = new Div(note, addNote);
        noteForm.addClassName("review-note-form");
        var decisionForm = new Div(decisionText, supplierAgreed, customerAgreed, addDecision);
        decisionForm.addClassName("review-decision-form");
        var actionForm = new Div(actionTitle, actionAssignee, actionDue, addAction);
        actionForm.addClassName("review-action-form");
        capture.add(noteForm, decisionForm, actionForm);

        customTitle.setLabel(getTranslation("review.agenda.custom"));
        customTitle.setMaxLength(300);
        amendment.setLabel(getTranslation("review.amendment"));
        amendment.setHelperText(getTranslation("review.note.help"));
        amendment.setWidthFull();
    }

    private Long currentItemId() {
        return review.currentItem().map(AgendaItemView::id).orElseThrow();
    }

    private void addNote() {
        if (note.getValue().isBlank()) {
            note.setErrorMessage(getTranslation("validation.required"));
            note.setInvalid(true);
            return;
        }
        var itemId = currentItemId();
        if (act(() -> reviewService.addNote(reviewId, itemId, note.getValue()))) {
            note.clear();
            note.setInvalid(false);
        }
    }

    private void addDecision() {
        DecisionForm form;
        try {
            form = decisionBinder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        var itemId = currentItemId();
        try {
            reviewService.recordDecision(reviewId, itemId, form.toDraft());
            decisionBinder.readRecord(DecisionForm.empty());
            refresh();
        } catch (InvalidInputException e) {
            HasValidation field = switch (e.field()) {
                case "supplierAgreedById" -> supplierAgreed;
                case "customerAgreedById" -> customerAgreed;
                case "text" -> decisionText;
                default -> null;
            };
            showError(field, e);
        }
    }

    private void addAction() {
        ReviewActionForm form;
        try {
            form = actionBinder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        var itemId = currentItemId();
        try {
            reviewService.addAction(reviewId, itemId, form.toDraft());
            actionBinder.readRecord(ReviewActionForm.empty());
            refresh();
        } catch (InvalidInputException e) {
            HasValidation field = switch (e.field()) {
                case "assigneeId" -> actionAssignee;
                case "dueDate" -> actionDue;
                case "title" -> actionTitle;
                default -> null;
            };
            showError(field, e);
        }
    }

    private void showError(HasValidation field, InvalidInputException e) {
        if (field == null) {
            notifyError(e);
            return;
        }
        field.setErrorMessage(getTranslation(e.messageKey()));
        field.setInvalid(true);
    }

    /** Runs a change and shows the review as it now is; a refused change is explained and changes nothing. */
    private boolean act(Runnable change) {
        try {
            change.run();
            refresh();
            return true;
        } catch (InvalidInputException e) {
            notifyError(e);
            refresh();
            return false;
        }
    }

    private void notifyError(InvalidInputException e) {
        var notification = Notification.show(getTranslation(e.messageKey()));
        notification.addThemeVariants(NotificationVariant.ERROR);
    }
}
