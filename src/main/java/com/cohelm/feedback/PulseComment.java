package com.cohelm.feedback;

import com.cohelm.security.Side;

/** A comment given with a revealed pulse's answers, by side and without a name, as pulses are. */
public record PulseComment(Side side, String text, boolean internal) {
}
