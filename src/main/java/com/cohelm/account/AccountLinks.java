package com.cohelm.account;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long the links sent by email stay valid (README, "Settings"). */
@Component
class AccountLinks {

    /** A reset link is a key to the account: it never lives longer than an hour. */
    static final Duration RESET_CEILING = Duration.ofHours(1);

    private final Duration invitationValidity;
    private final Duration resetValidity;

    AccountLinks(@Value("${cohelm.invitation.expiry:7d}") Duration invitationValidity,
            @Value("${cohelm.password-reset.expiry:1h}") Duration resetValidity) {
        if (!invitationValidity.isPositive() || !resetValidity.isPositive()) {
            throw new IllegalStateException("cohelm.invitation.expiry and cohelm.password-reset.expiry must be positive");
        }
        if (resetValidity.compareTo(RESET_CEILING) > 0) {
            throw new IllegalStateException("cohelm.password-reset.expiry may be at most one hour");
        }
        this.invitationValidity = invitationValidity;
        this.resetValidity = resetValidity;
    }

    Duration invitationValidity() {
        return invitationValidity;
    }

    Duration resetValidity() {
        return resetValidity;
    }
}
