package com.cohelm.activity;

/** One event of a feed or of the audit log, with the actor's and the organization's current names. */
public record FeedEntry(ActivityView event, String actorName, String organizationName) {
}
