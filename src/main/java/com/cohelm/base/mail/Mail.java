package com.cohelm.base.mail;

import java.time.Instant;

/** One composed mail: the same message as plain text and as HTML. */
public record Mail(String to, String subject, String text, String html, Instant createdAt) {
}
