package com.cohelm.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Device cookies (OWASP's answer to lockout by others): a browser where someone signed in successfully gets
 * a signed cookie naming their account; a sign-in for that account from that browser is counted on its own
 * and is never held back by failures others caused for the account or from the same address (decision 0030).
 * The cookie proves nothing on its own: the password is still checked.
 */
@Component
public class KnownDevices {

    public static final String COOKIE = "cohelm_device";
    static final Duration LIFETIME = Duration.ofDays(180);
    private static final String PURPOSE = "known-device-cookie";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final AppSecretRepository secrets;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile byte[] key;

    KnownDevices(AppSecretRepository secrets, PlatformTransactionManager transactions, Clock clock) {
        this.secrets = secrets;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The cookie value for a browser where the account with this email just signed in. */
    String issue(String email) {
        var device = new byte[16];
        random.nextBytes(device);
        var payload = ENCODER.encodeToString(EmailAddresses.canonical(email).getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(device) + "." + clock.instant().getEpochSecond();
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The device's id when the cookie is genuine, unexpired and names the account of this email. */
    Optional<String> deviceOf(String cookie, String email) {
        if (cookie == null) {
            return Optional.empty();
        }
        var parts = cookie.split("\\.");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            var payload = parts[0] + "." + parts[1] + "." + parts[2];
            if (!MessageDigest.isEqual(mac(payload), DECODER.decode(parts[3]))) {
                return Optional.empty();
            }
            var account = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
            var issued = Long.parseLong(parts[2]);
            var fresh = clock.instant().getEpochSecond() - issued < LIFETIME.toSeconds();
            return fresh && account.equals(EmailAddresses.canonical(email)) ? Optional.of(parts[1]) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Made at first use and kept in the database, so every node and every restart checks the same cookies. */
    private byte[] key() {
        var known = key;
        if (known == null) {
            known = ownTransaction.execute(status -> secrets.findById(PURPOSE).map(AppSecret::secret).orElse(null));
            if (known == null) {
                var fresh = new byte[32];
                random.nextBytes(fresh);
                try {
                    ownTransaction.executeWithoutResult(status ->
                            secrets.saveAndFlush(new AppSecret(PURPOSE, fresh, clock.instant())));
                    known = fresh;
                } catch (DataIntegrityViolationException anotherNodeWasFirst) {
                    known = ownTransaction.execute(status -> secrets.findById(PURPOSE).orElseThrow().secret());
                }
            }
            key = known;
        }
        return known;
    }
}
