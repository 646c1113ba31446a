package com.cohelm.feedback;

import com.cohelm.security.Side;
import java.util.Arrays;
import java.util.List;

/** The 1–5 rating questions of a pulse: customers rate the supplier, the supplier rates the collaboration. */
public enum PulseQuestion {
    COMMUNICATION(Side.CUSTOMER, PulseTheme.INFORMATION),
    RESPONSIVENESS(Side.CUSTOMER, PulseTheme.PACE),
    QUALITY(Side.CUSTOMER, PulseTheme.DELIVERY),
    SCHEDULE(Side.CUSTOMER, PulseTheme.DELIVERY),
    SPEC_CLARITY(Side.SUPPLIER, PulseTheme.INFORMATION),
    FEEDBACK_SPEED(Side.SUPPLIER, PulseTheme.PACE),
    DECISION_ACCESS(Side.SUPPLIER, PulseTheme.DELIVERY);

    public static final int MIN = 1;
    public static final int MAX = 5;

    private final Side answeredBy;
    private final PulseTheme theme;

    PulseQuestion(Side answeredBy, PulseTheme theme) {
        this.answeredBy = answeredBy;
        this.theme = theme;
    }

    /** The side whose members answer this question. */
    public Side answeredBy() {
        return answeredBy;
    }

    public PulseTheme theme() {
        return theme;
    }

    public static List<PulseQuestion> of(Side side) {
        return Arrays.stream(values()).filter(q -> q.answeredBy == side).toList();
    }
}
