package com.cohelm.action;

/** Open items of a program per side: what the supplier and the customer each still have to do. */
public record OpenCounts(long supplier, long customer) {

    public static final OpenCounts NONE = new OpenCounts(0, 0);
}
