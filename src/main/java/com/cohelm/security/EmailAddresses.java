package com.cohelm.security;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one canonical form of an email address: compatibility-normalised (NFKC: full-width and other
 * look-alike forms become their plain letters), lower-cased and stripped. Accounts store it, sign-in looks
 * it up byte for byte, and the sign-in throttle counts failures under it, so that {@code ｂea@…} and
 * {@code BEA@…} are one account with one counter, and {@code béa@…} is no account at all (decision 0030).
 */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    public static String canonical(String email) {
        if (email == null) {
            return "";
        }
        var compatible = Normalizer.normalize(email, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        // lower-casing may produce characters that have a compatibility form again
        return Normalizer.normalize(compatible, Normalizer.Form.NFKC);
    }
}
