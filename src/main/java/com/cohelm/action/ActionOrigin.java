package com.cohelm.action;

/**
 * Where an action item came from. People create MANUAL items; the other origins are created by the
 * features that own them (a milestone, a feedback item, a review), with the id of that thing.
 */
public enum ActionOrigin {
    MANUAL,
    MILESTONE,
    FEEDBACK,
    REVIEW
}
