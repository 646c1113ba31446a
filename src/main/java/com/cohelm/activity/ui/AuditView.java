package com.cohelm.activity.ui;

import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityNames.NamedOrganization;
import com.cohelm.activity.AuditFilter;
import com.cohelm.activity.AuditLog;
import com.cohelm.activity.FeedEntry;
import com.cohelm.base.ui.Downloads;
import com.cohelm.base.ui.FilterToggle;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.LocalizedDatePicker;
import com.cohelm.base.ui.PhoneLayout;
import com.cohelm.base.ui.RowCard;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The audit log for supplier admins: every event of every organization, sign-ins, failed sign-ins and
 * refused access included, filtered by person, organization, kind and dates, exported as CSV.
 */
@Route("audit")
@RolesAllowed(Roles.SUPPLIER_ADMIN)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLog auditLog;
    private final TextField person = new TextField();
    private final ComboBox<NamedOrganization> organization = new ComboBox<>();
    private final MultiSelectComboBox<ActivityKind> kinds = new MultiSelectComboBox<>();
    private final LocalizedDatePicker from;
    private final LocalizedDatePicker to;
    private final Grid<FeedEntry> grid = new Grid<>();
    private final CurrentUserService currentUser;

    AuditView(AuditLog auditLog, CurrentUserService currentUser) {
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        addClassName("audit-view");
        setSizeFull();
        from = new LocalizedDatePicker(getTranslation("audit.from"));
        to = new LocalizedDatePicker(getTranslation("audit.to"));
        add(new Paragraph(getTranslation("audit.intro")), toolbar(), grid(currentUser.require().timeZone()));
        setItems();
    }

    private Component toolbar() {
        person.setLabel(getTranslation("audit.person"));
        person.setPlaceholder(getTranslation("audit.person.placeholder"));
        person.setPrefixComponent(VaadinIcon.SEARCH.create());
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.addValueChangeListener(e -> setItems());
        organization.setLabel(getTranslation("audit.organization"));
        organization.setItems(auditLog.organizations());
        organization.setItemLabelGenerator(NamedOrganization::name);
        organization.setPlaceholder(getTranslation("filter.any"));
        organization.setClearButtonVisible(true);
        organization.addValueChangeListener(e -> setItems());
        kinds.setLabel(getTranslation("audit.kinds"));
        kinds.setItems(Stream.of(ActivityKind.values())
                .sorted(Comparator.comparing(k -> ActivityText.label(this, k))).toList());
        kinds.setItemLabelGenerator(k -> ActivityText.label(this, k));
        kinds.setPlaceholder(getTranslation("filter.any"));
        kinds.setClearButtonVisible(true);
        kinds.addValueChangeListener(e -> setItems());
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            setItems();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            setItems();
        });
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        var export = Downloads.csv(getTranslation("audit.export"), () -> "audit-" + currentUser.today() + ".csv",
                () -> auditLog.csv(filter()));
        var toolbar = new HorizontalLayout(person, organization, kinds, from, to);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        toolbar.addAndExpand(new Div());
        toolbar.add(export);
        return new FilterToggle(toolbar, person, organization, kinds, from, to);
    }

    private Component grid(java.time.ZoneId zone) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("audit-grid");
        grid.addColumn(e -> when(e, zone)).setHeader(getTranslation("audit.when")).setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(this::who).setHeader(getTranslation("audit.person")).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(e -> e.organizationName() == null ? "–" : e.organizationName())
                .setHeader(getTranslation("audit.organization"));
        grid.addColumn(e -> ActivityText.label(this, e.event().kind())).setHeader(getTranslation("audit.kind"));
        grid.addComponentColumn(e -> ActivityText.linked(this, e, what(e))).setHeader(getTranslation("audit.what"))
                .setFlexGrow(3).setKey("what");
        PhoneLayout.cardsOnPhone(grid, getTranslation("audit.title"), e -> new RowCard(
                        ActivityText.label(this, e.event().kind()))
                .meta(when(e, zone), e.organizationName()).line(who(e)).line(ActivityText.linked(this, e, what(e))));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setSizeFull();
        return grid;
    }

    private String when(FeedEntry entry, java.time.ZoneId zone) {
        return Formats.dateTime(entry.event().occurredAt(), getLocale(), zone);
    }

    private Component who(FeedEntry entry) {
        var name = new Span(entry.actorName() == null ? "–" : entry.actorName());
        var who = new Div(name);
        var login = entry.event().actorLabel();
        if (login != null && !login.equals(entry.actorName())) {
            var small = new Span(login);
            small.addClassName("audit-login");
            who.add(small);
        }
        return who;
    }

    /** What happened, with the target as recorded: a refusal names what was asked for, never what it is. */
    private String what(FeedEntry entry) {
        var event = entry.event();
        if (event.kind() == ActivityKind.ACCESS_DENIED) {
            var target = event.subjectType() == null ? "" : event.subjectType()
                    + (event.subjectId() == null ? "" : " #" + event.subjectId());
            return getTranslation("audit.denied", target, event.after() == null ? "" : event.after()).strip();
        }
        var sentence = ActivityText.sentence(this, entry);
        var change = event.before() == null && event.after() == null ? ""
                : " (" + (event.before() == null ? "" : event.before() + " → ") + (event.after() == null ? "–"
                        : event.after()) + ")";
        return sentence + change;
    }

    private AuditFilter filter() {
        return new AuditFilter(person.getValue(), organization.getValue() == null ? null : organization.getValue().id(),
                kinds.getValue(), from.getValue(), to.getValue());
    }

    private void setItems() {
        var filter = filter();
        grid.setItems(query -> auditLog.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) auditLog.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · CoHelm";
    }
}
