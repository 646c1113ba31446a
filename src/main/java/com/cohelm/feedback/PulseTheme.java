package com.cohelm.feedback;

/**
 * What each side's questions are about, so the two sides' different questions can be compared: the
 * perception gap is the difference between the two sides' average ratings of the same theme.
 */
public enum PulseTheme {
    /** How well information flows: communication (customer) and clarity of specs (supplier). */
    INFORMATION,
    /** How fast the other side moves: responsiveness (customer) and speed of feedback (supplier). */
    PACE,
    /** Whether commitments hold: quality and schedule (customer), access to decision makers (supplier). */
    DELIVERY
}
