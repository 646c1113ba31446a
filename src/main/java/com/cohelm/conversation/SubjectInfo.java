package com.cohelm.conversation;

/**
 * A commented thing as the reader may see it, answered by its owning feature.
 *
 * @param title        its title as the reader sees it
 * @param address      the app-relative page that shows it and its thread, e.g. {@code programs/1/goals/5} or
 *                     {@code programs/1/actions?item=7}; a comment's link adds {@code comment=ID}
 * @param supplierOnly the thing is supplier-internal: only supplier staff read, write or are mentioned
 */
public record SubjectInfo(String title, String address, boolean supplierOnly) {

    /** The address that opens the thread at one comment. */
    public String linkTo(long commentId) {
        return address + (address.contains("?") ? "&" : "?") + "comment=" + commentId;
    }
}
