package com.cohelm.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Issues and checks single-use links: 256 random bits, of which only a SHA-256 hash is stored (a fast
 * hash is enough for a secret with this much entropy). Issuing one revokes the person's open ones of
 * the same purpose, so a resent link makes the earlier one useless.
 */
@Component
class AccountTokens {

    private static final int TOKEN_BYTES = 32;

    private final AccountTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token for the person; the secret is returned once and never stored. */
    String issue(long userId, TokenPurpose purpose, Duration validity) {
        revokeOpen(userId, purpose);
        var bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        tokens.save(new AccountToken(userId, purpose, hash(secret), now, now.plus(validity)));
        return secret;
    }

    void revokeOpen(long userId, TokenPurpose purpose) {
        var now = clock.instant();
        tokens.findOpen(userId, purpose).forEach(token -> token.revoke(now));
        tokens.flush();
    }

    /** The usable token for a secret, without using it (to show the page the link opens). */
    Optional<AccountToken> peek(String secret, TokenPurpose purpose) {
        return wellFormed(secret) ? tokens.findByHash(hash(secret), purpose).filter(t -> t.isUsable(clock.instant()))
                : Optional.empty();
    }

    /** Uses the token for a secret: empty when unknown, expired, revoked or already used. */
    Optional<AccountToken> use(String secret, TokenPurpose purpose) {
        if (!wellFormed(secret)) {
            return Optional.empty();
        }
        var now = clock.instant();
        return tokens.findForUse(hash(secret), purpose).filter(t -> t.isUsable(now)).map(token -> {
            token.use(now);
            return token;
        });
    }

    Optional<AccountToken> latestOpen(long userId, TokenPurpose purpose) {
        return tokens.findOpen(userId, purpose).stream().filter(t -> t.isUsable(clock.instant()))
                .max(java.util.Comparator.comparing(AccountToken::getCreatedAt));
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean wellFormed(String secret) {
        return secret != null && secret.matches("[A-Za-z0-9_-]{43}");
    }
}
