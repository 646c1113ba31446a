package com.cohelm.review;

import com.cohelm.account.PersonSummary;
import com.cohelm.security.Side;
import java.time.Instant;

/**
 * One side's sign-off of the minutes.
 *
 * @param lead     who may sign for the side: the program's lead of that side
 * @param signedBy who signed, or null while the side has not
 */
public record SignOff(Side side, PersonSummary lead, PersonSummary signedBy, Instant signedAt) {

    public boolean signed() {
        return signedBy != null;
    }
}
