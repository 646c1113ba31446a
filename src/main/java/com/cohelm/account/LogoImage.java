package com.cohelm.account;

import java.util.Optional;

/** A logo's bytes and the type they really are (checked from the bytes, never from a file name). */
public record LogoImage(String contentType, byte[] bytes) {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** PNG or JPEG by their signatures; anything else (SVG, GIF, a renamed script) is not a logo. */
    public static Optional<String> detectType(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        if (startsWith(bytes, PNG_SIGNATURE)) {
            return Optional.of("image/png");
        }
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /** The file name a browser gets: generated, with the extension of the real type. */
    public String fileName() {
        return "image/png".equals(contentType) ? "logo.png" : "logo.jpg";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
