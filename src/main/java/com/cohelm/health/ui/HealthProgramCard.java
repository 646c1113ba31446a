package com.cohelm.health.ui;

import com.cohelm.base.ui.Routes;
import com.cohelm.health.HealthBreakdown;
import com.cohelm.health.HealthService;
import com.cohelm.program.ProgramCard;
import com.cohelm.program.ProgramDetails;
import com.cohelm.security.Side;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;

/**
 * The program overview's health card, the same on both sides: the score, who carries the relationship and
 * the way to the breakdown. It shares its row with the feedback card (what each side said about it).
 */
@SpringComponent
class HealthProgramCard implements ProgramCard {

    private final HealthService healthService;

    HealthProgramCard(HealthService healthService) {
        this.healthService = healthService;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Place place() {
        return Place.CARD;
    }

    @Override
    public Optional<Component> draw(ProgramDetails program) {
        return Optional.of(new HealthCard(program, healthService.score(program.id())));
    }

    private static final class HealthCard extends Card {

        HealthCard(ProgramDetails program, HealthBreakdown health) {
            var score = new Badge(health.score().isPresent() ? String.valueOf(health.score().getAsInt())
                    : getTranslation("health.no-data"));
            score.addThemeVariants(switch (health.band()) {
                case HEALTHY -> BadgeVariant.SUCCESS;
                case WATCH -> BadgeVariant.WARNING;
                case AT_RISK -> BadgeVariant.ERROR;
                case NO_DATA -> BadgeVariant.CONTRAST;
            });
            score.addClassName("health-score");
            var balance = health.balance();
            var carrier = balance.carrier().map(side -> getTranslation("health.carried-by",
                            side == Side.SUPPLIER ? program.supplierLead().organizationName() : program.customer().name()))
                    .orElse(getTranslation(balance.supplier().isPresent() && balance.customer().isPresent()
                            ? "health.carried-evenly" : "health.balance.unknown"));
            var breakdown = new Anchor(Routes.address(ProgramHealthView.class, program.id()),
                    getTranslation("program.health.open"));
            breakdown.addClassName("health-link");
            setTitle(new H3(getTranslation("program.health")));
            add(score, new Span(getTranslation("health.band." + health.band().name())), new Paragraph(carrier), breakdown);
            addClassName("health-card");
        }
    }
}
