package com.cohelm.schedule;

/**
 * Where the other side stands on a slip: not answered yet, accepted as stated, disputed, or disputed
 * and then settled by a compromise both sides wrote down.
 */
public enum SlipState {
    OPEN,
    ACKNOWLEDGED,
    CONTESTED,
    RESOLVED
}
