package com.cohelm.health.ui;

import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Routes;
import com.cohelm.base.ui.RowCard;
import com.cohelm.health.PortfolioCustomer;
import com.cohelm.health.PortfolioRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The portfolio's rows on a phone, one card each: whose program, its health and trend, then every figure
 * of the wide grid with its column's name as label. Also the names as links and the dates, which the
 * wide grid shows the same way.
 */
final class PortfolioCards {

    private PortfolioCards() {
    }

    static Anchor customer(long customerId, String name) {
        return new Anchor(Routes.address(CustomerHealthView.class, customerId), name);
    }

    static Anchor program(PortfolioRow row) {
        return new Anchor(Routes.address(ProgramHealthView.class, row.programId()), row.programName());
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "–" : Formats.date(date, locale);
    }

    static Component program(Component owner, PortfolioRow row, Locale locale) {
        var card = new RowCard(program(row));
        card.line(customer(row.customerId(), row.customerName()));
        card.line(HealthWidgets.score(owner, row.score()),
                HealthWidgets.trend(owner, row.trend(), row.previousScore(), row.score()));
        card.fact(owner.getTranslation("portfolio.status"),
                owner.getTranslation("program.status." + row.status().name()));
        figures(owner, card, row.slipping(), row.overdueSupplier(), row.overdueCustomer());
        card.fact(owner.getTranslation("portfolio.last-review"), date(row.lastReview(), locale));
        card.fact(owner.getTranslation("portfolio.last-pulse"), date(row.lastPulse(), locale));
        return card;
    }

    static Component customer(Component owner, PortfolioCustomer row) {
        var card = new RowCard(customer(row.customerId(), row.customerName()));
        card.line(HealthWidgets.score(owner, row.score()),
                HealthWidgets.trend(owner, row.trend(), row.previousScore(), row.score()));
        card.fact(owner.getTranslation("portfolio.programs"), String.valueOf(row.programs()));
        figures(owner, card, row.slipping(), row.overdueSupplier(), row.overdueCustomer());
        return card;
    }

    private static void figures(Component owner, RowCard card, long slipping, long overdueSupplier,
            long overdueCustomer) {
        card.fact(owner.getTranslation("portfolio.slipping"), String.valueOf(slipping));
        card.fact(owner.getTranslation("portfolio.overdue-supplier"), String.valueOf(overdueSupplier));
        card.fact(owner.getTranslation("portfolio.overdue-customer"), String.valueOf(overdueCustomer));
    }
}
