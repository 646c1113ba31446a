package com.cohelm.health.ui;

import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.base.ui.Routes;
import com.cohelm.health.CustomerHealth;
import com.cohelm.health.HealthBand;
import com.cohelm.health.HealthService;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A customer's health over its programs the reader may see, with each program's score and the weekly trend. */
@Route("customers/:customerId/health")
@PermitAll
public class CustomerHealthView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HealthService healthService;
    private final CurrentUserService currentUser;
    private CustomerHealth health;

    CustomerHealthView(HealthService healthService, CurrentUserService currentUser) {
        this.healthService = healthService;
        this.currentUser = currentUser;
        addClassName("health-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var loaded = RouteIds.load(event, "customerId", healthService::customer);
        if (loaded.isEmpty()) {
            return;
        }
        health = loaded.get();
        removeAll();
        // supplier staff come from the portfolio, customer admins from their programs
        var back = currentUser.require().isSupplier() ? new Anchor("portfolio", getTranslation("nav.portfolio"))
                : new Anchor("programs", getTranslation("nav.programs"));
        back.addClassName("back-link");
        var heading = new Div(back, new H2(getTranslation("health.customer.title", health.customerName())));
        heading.addClassName("program-heading");
        add(heading, cards(summary(), programs()), trend());
    }

    private Component summary() {
        var score = HealthWidgets.score(this, health.score());
        score.addClassName("health-score-large");
        var card = Cards.titled(getTranslation("health.score"), score,
                new Span(getTranslation("health.band." + HealthBand.of(health.score()).name())),
                Cards.labelled(getTranslation("health.balance.supplier-side", getTranslation("side.SUPPLIER")),
                        HealthWidgets.score(this, health.supplierScore())),
                Cards.labelled(getTranslation("health.balance.customer-side", health.customerName()),
                        HealthWidgets.score(this, health.customerScore())),
                new Paragraph(getTranslation("health.customer.explanation")));
        card.addClassName("health-summary");
        return card;
    }

    private Component programs() {
        var list = new UnorderedList();
        list.addClassName("customer-programs");
        for (var program : health.programs()) {
            var link = new Anchor(Routes.address(ProgramHealthView.class, program.programId()), program.name());
            var item = new ListItem(link, HealthWidgets.score(this, program.score()));
            program.carrier().ifPresent(side -> item.add(new Span(getTranslation("health.carried-by",
                    side.name().equals("SUPPLIER") ? getTranslation("side.SUPPLIER") : health.customerName()))));
            list.add(item);
        }
        return Cards.titled(getTranslation("health.customer.programs"), list);
    }

    private Component trend() {
        var card = Cards.titled(getTranslation("health.trend"),
                HealthWidgets.chart(this, getLocale(), health.trend(), "customer-" + health.customerId() + "-health"),
                new Paragraph(getTranslation("health.customer.trend-help")));
        card.addClassName("health-trend-card");
        return card;
    }

    private static Component cards(Component... cards) {
        var row = new Div(cards);
        row.addClassName("health-cards");
        return row;
    }

    @Override
    public String getPageTitle() {
        return (health == null ? getTranslation("health.title")
                : getTranslation("health.customer.title", health.customerName())) + " · CoHelm";
    }
}
