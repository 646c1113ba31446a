package com.cohelm.schedule;

/** How much time the timeline shows per pixel: a tick per month, or a tick per quarter for longer plans. */
public enum TimelineZoom {
    MONTH, QUARTER
}
