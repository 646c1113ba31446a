package com.cohelm.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B style: length matters, composition rules do not. 12 characters to 72 bytes, not a
 * commonly used password (a list of about 49,000 from breach corpora, also when digits or punctuation
 * are merely put around one: "Password1234!"), not made of one repeated character, not the email
 * address.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /**
     * BCrypt reads at most 72 bytes of a password, and Spring Security 7 refuses to hash a longer one
     * (instead of silently ignoring the rest, as older versions did). So the policy refuses it first, at the
     * field, rather than letting a long passphrase fail as an unexpected error when it is saved: 72 plain
     * letters, digits or signs; an accented letter takes 2 bytes, other scripts and emoji 3 or 4.
     */
    public static final int MAX_BYTES = 72;

    /** Digits, punctuation and spaces at either end: what people add to a common word to pass a rule. */
    private static final Pattern PADDING = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    /** A common word shorter than this with padding around it is not guessed from the list any sooner. */
    private static final int MIN_CORE = 4;

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            commonPasswords = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The translation key of what is wrong with the password, or empty when it is acceptable. */
    public Optional<String> problem(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.too-long");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower) || password.codePoints().distinct().count() == 1) {
            return Optional.of("password.too-common");
        }
        if (email != null && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0])
                && email.split("@")[0].length() >= 4) {
            return Optional.of("password.contains-email");
        }
        return Optional.empty();
    }

    private boolean isCommon(String lower) {
        if (commonPasswords.contains(lower)) {
            return true;
        }
        var core = PADDING.matcher(lower).replaceAll("");
        return core.length() >= MIN_CORE && commonPasswords.contains(core);
    }
}
