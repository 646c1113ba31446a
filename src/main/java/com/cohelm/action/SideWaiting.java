package com.cohelm.action;

import com.cohelm.security.Side;
import java.util.OptionalLong;

/**
 * What one side of a program (named by its organization) still has to do: its open items, how many are overdue, and the age in
 * days of the oldest open one (empty when nothing is open).
 */
public record SideWaiting(Side side, String organization, long open, long overdue, OptionalLong oldestAgeDays) {
}
