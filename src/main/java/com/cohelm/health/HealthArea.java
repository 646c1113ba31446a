package com.cohelm.health;

/** Where the two sides are compared in the balance; goals are joint and have no side. */
public enum HealthArea {
    GOALS,
    SCHEDULE,
    RESPONSIVENESS,
    PULSE,
    ENGAGEMENT
}
