package com.cohelm.action;

import com.cohelm.security.Side;
import java.time.Instant;

/** One side's open items in a program, as the database counts them. */
record SideLoad(Side side, long open, long overdue, Instant oldestCreatedAt) {
}
