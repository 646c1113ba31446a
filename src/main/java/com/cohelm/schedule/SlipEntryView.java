package com.cohelm.schedule;

import com.cohelm.security.Side;
import java.time.Instant;

public record SlipEntryView(SlipEntryKind kind, String body, String author, Side side, Instant createdAt) {
}
