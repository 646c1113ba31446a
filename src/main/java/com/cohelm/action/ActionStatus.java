package com.cohelm.action;

/** Where an action item stands. Only DONE is closed; BLOCKED says what it waits on. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    BLOCKED,
    DONE;

    public boolean isOpen() {
        return this != DONE;
    }
}
