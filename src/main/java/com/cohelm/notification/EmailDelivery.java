package com.cohelm.notification;

/** How a person wants to hear of one kind of notification by email; the bell shows every kind anyway. */
public enum EmailDelivery {
    IMMEDIATELY,
    DAILY,
    WEEKLY,
    OFF
}
