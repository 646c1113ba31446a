package com.cohelm.program;

/**
 * A program the current user may see, with what other features need to gather what is due across the
 * reader's programs in one statement: its name and its two leads.
 */
public record VisibleProgram(long id, String name, long supplierLeadId, long customerLeadId) {

    /** The lead of a side of the program. */
    public long leadOf(com.cohelm.security.Side side) {
        return side == com.cohelm.security.Side.SUPPLIER ? supplierLeadId : customerLeadId;
    }
}
