package com.cohelm.goal;

import java.time.Instant;

public record InternalNoteView(String body, String author, Instant createdAt) {
}
