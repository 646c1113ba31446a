package com.cohelm.health.ui;

import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.base.ui.Routes;
import com.cohelm.health.ComponentScore;
import com.cohelm.health.HealthService;
import com.cohelm.health.ProgramHealth;
import com.cohelm.health.SideBalance;
import com.cohelm.program.ui.ProgramPages;
import com.cohelm.security.Side;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.OptionalInt;

/**
 * A program's relationship health, the same for both sides: the score, what it is made of and how much
 * each input counted, which side carries the relationship and where, and the weekly trend.
 */
@Route("programs/:programId/health")
@PermitAll
public class ProgramHealthView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HealthService healthService;
    private ProgramHealth health;

    ProgramHealthView(HealthService healthService) {
        this.healthService = healthService;
        addClassName("health-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var loaded = RouteIds.load(event, "programId", healthService::program);
        if (loaded.isEmpty()) {
            return;
        }
        health = loaded.get();
        removeAll();
        add(header(), cards(summary(), balance()), breakdown(), trend());
    }

    private Component header() {
        var back = new Anchor(ProgramPages.program(health.programId()),
                getTranslation("health.back", health.programName()));
        back.addClassName("back-link");
        var title = new H2(getTranslation("health.title"));
        var header = new Div(back, title);
        header.addClassName("program-heading");
        if (health.customerScope()) {
            var customer = new Anchor(Routes.address(CustomerHealthView.class, health.customerId()),
                    getTranslation("health.customer-link", health.customerName()));
            customer.addClassName("customer-health-link");
            header.add(customer);
        }
        return header;
    }

    private Component summary() {
        var breakdown = health.breakdown();
        var score = HealthWidgets.score(this, breakdown.score());
        score.addClassName("health-score-large");
        var explanation = new Paragraph(getTranslation("health.explanation"));
        explanation.addClassName("health-explanation");
        var card = Cards.titled(getTranslation("health.score"), score,
                new Span(getTranslation("health.band." + breakdown.band().name())), explanation);
        card.addClassName("health-summary");
        return card;
    }

    private Component balance() {
        var balance = health.breakdown().balance();
        var carrier = new Paragraph(carrierSentence(balance));
        carrier.addClassName("health-carrier");
        var card = Cards.titled(getTranslation("health.balance"), carrier);
        card.addClassName("health-balance");
        card.add(Cards.labelled(getTranslation("health.balance.supplier-side", supplierName()),
                HealthWidgets.score(this, balance.supplier())));
        card.add(Cards.labelled(getTranslation("health.balance.customer-side", health.customerName()),
                HealthWidgets.score(this, balance.customer())));
        var areas = new Grid<SideBalance.AreaBalance>();
        areas.addThemeVariants(GridVariant.LUMO_COMPACT);
        areas.setAllRowsVisible(true);
        areas.addColumn(a -> getTranslation("health.area." + a.area().name()))
                .setHeader(getTranslation("health.balance.area"));
        areas.addColumn(a -> number(a.supplier())).setHeader(supplierName());
        areas.addColumn(a -> number(a.customer())).setHeader(health.customerName());
        areas.setItems(balance.areas());
        areas.addClassName("balance-grid");
        card.add(areas);
        return card;
    }

    /**
     * Who carries the relationship: the area named is the one where the carrier is furthest ahead, with that
     * area's own two scores (the sides' totals are on the card just below).
     */
    private String carrierSentence(SideBalance balance) {
        if (balance.supplier().isEmpty() || balance.customer().isEmpty()) {
            return getTranslation("health.balance.unknown");
        }
        if (balance.carrier().isEmpty()) {
            return getTranslation("health.balance.even", balance.supplier().getAsInt(), balance.customer().getAsInt());
        }
        var carrier = sideName(balance.carrier().get());
        return balance.carrierLead()
                .map(area -> getTranslation("health.balance.carried", carrier,
                        getTranslation("health.area." + area.area().name()).toLowerCase(getLocale()),
                        area.supplier().getAsInt(), area.customer().getAsInt()))
                .orElseGet(() -> getTranslation("health.balance.carried-overall", carrier,
                        balance.supplier().getAsInt(), balance.customer().getAsInt()));
    }

    private Component breakdown() {
        var grid = new Grid<ComponentScore>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> getTranslation("health.component." + c.component().name()))
                .setHeader(getTranslation("health.breakdown.input")).setFlexGrow(2);
        grid.addColumn(c -> c.component().side() == null ? getTranslation("health.joint")
                        : sideName(c.component().side()))
                .setHeader(getTranslation("health.breakdown.side"));
        grid.addComponentColumn(c -> HealthWidgets.score(this, c.score()))
                .setHeader(getTranslation("health.breakdown.score"));
        grid.addColumn(c -> String.valueOf(c.weight())).setHeader(getTranslation("health.breakdown.weight"));
        grid.addColumn(c -> c.score().isEmpty() ? getTranslation("health.breakdown.redistributed")
                        : NumberFormat.getPercentInstance(getLocale()).format(c.effectiveWeight()))
                .setHeader(getTranslation("health.breakdown.counts"));
        grid.addColumn(this::basis).setHeader(getTranslation("health.breakdown.basis")).setFlexGrow(2);
        grid.setItems(health.breakdown().components());
        grid.addClassName("breakdown-grid");
        var card = Cards.titled(getTranslation("health.breakdown"), grid,
                new Paragraph(getTranslation("health.breakdown.help")));
        card.addClassName("health-breakdown");
        return card;
    }

    private String basis(ComponentScore score) {
        var component = score.component();
        return switch (component.area()) {
            case GOALS -> getTranslation("health.basis.goals", score.basis());
            case SCHEDULE -> getTranslation("health.basis.milestones", score.basis());
            case RESPONSIVENESS -> getTranslation("health.basis.items", score.basis());
            case PULSE -> health.pulse().revealedOn() == null ? getTranslation("health.basis.no-pulse")
                    // A revealed pulse whose side had too few answers to show (decision 0025) gives no rating.
                    : getTranslation(score.score().isPresent() ? "health.basis.pulse" : "health.basis.pulse.too-few",
                            Formats.date(health.pulse().revealedOn(), getLocale()));
            case ENGAGEMENT -> {
                var engagement = health.engagement().get(component.side());
                yield engagement == null ? getTranslation("health.basis.no-members")
                        : getTranslation("health.basis.engagement", engagement.active(), engagement.members());
            }
        };
    }

    private Component trend() {
        var card = Cards.titled(getTranslation("health.trend"),
                HealthWidgets.chart(this, getLocale(), health.trend(), "program-" + health.programId() + "-health"),
                new Paragraph(getTranslation("health.trend.help")));
        card.addClassName("health-trend-card");
        return card;
    }

    private String sideName(Side side) {
        return side == Side.SUPPLIER ? supplierName() : health.customerName();
    }

    private String supplierName() {
        return getTranslation("side.SUPPLIER");
    }

    private String number(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "–";
    }

    private static Component cards(Component... cards) {
        var row = new Div(cards);
        row.addClassName("health-cards");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("health.title") + (health == null ? "" : " · " + health.programName()) + " · CoHelm";
    }

}
