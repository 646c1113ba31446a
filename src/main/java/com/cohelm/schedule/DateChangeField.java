package com.cohelm.schedule;

/** Which of a milestone's dates a history entry records. */
public enum DateChangeField {
    CREATED,
    PLANNED,
    BASELINE,
    DONE,
    REOPENED
}
