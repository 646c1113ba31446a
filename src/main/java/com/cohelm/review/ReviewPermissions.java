package com.cohelm.review;

/**
 * What the reader may do with a review.
 *
 * @param capture       write minutes, decisions and action items and move through the agenda (contributors, while open)
 * @param arrangeAgenda add custom items, reorder and update the agenda (leads and supplier admins, while open)
 * @param edit          change the title, time and attendees (contributors, while open and unsigned)
 * @param signOff       sign off for the reader's side now (the side's lead, once the meeting started)
 * @param withdraw      withdraw the reader's side's sign-off (its lead, before both signed)
 * @param amend         append an amendment (contributors, once closed)
 */
public record ReviewPermissions(boolean capture, boolean arrangeAgenda, boolean edit, boolean signOff,
        boolean withdraw, boolean amend) {
}
