package com.cohelm.action.ui;

/** What the answer form edits (public only because Binder reads records by reflection). */
public record AnswerForm(String answer) {
}
