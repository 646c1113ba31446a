package com.cohelm.notification;

/** Which of my notifications a list shows. */
public enum NotificationFilter {
    UNREAD,
    ALL
}
