package com.cohelm.notification;

/**
 * A notification to make, before its recipients are checked.
 *
 * @param actorId      who caused it, never notified of their own doing; null for the app itself
 * @param supplierOnly about supplier-internal content: customers are never notified
 * @param dedupeKey    makes it exist once per recipient and kind (e.g. a review's id), or null
 */
record NotificationDraft(NotificationKind kind, long programId, String programName, String subjectTitle,
        Long actorId, String actorName, String link, boolean supplierOnly, String dedupeKey) {
}
