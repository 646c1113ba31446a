package com.cohelm.health;

import com.cohelm.program.ProgramStatus;

/** The portfolio's filters; nulls mean "any". The text matches program and customer names. */
public record PortfolioFilter(String text, ProgramStatus status, HealthBand band) {

    public static final PortfolioFilter ALL = new PortfolioFilter(null, null, null);
}
