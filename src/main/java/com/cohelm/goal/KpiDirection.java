package com.cohelm.goal;

/** Whether the KPI gets better going up (yield) or going down (test time, defects). */
public enum KpiDirection {
    UP,
    DOWN
}
