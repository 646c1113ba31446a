package com.cohelm.schedule;

/** A re-baseline proposal waits for the other side's lead, who accepts or declines it. */
public enum ProposalState {
    PENDING,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
