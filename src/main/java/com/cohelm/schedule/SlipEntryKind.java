package com.cohelm.schedule;

/** One post in the thread under a slip. */
public enum SlipEntryKind {
    ACKNOWLEDGED,
    CONTESTED,
    REPLY,
    COMPROMISE
}
