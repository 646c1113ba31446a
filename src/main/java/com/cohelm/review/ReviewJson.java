package com.cohelm.review;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the review feature stores (agenda lines, snapshots): one mapper of its own, so the stored format does
 * not change with the application's JSON settings. Dates are ISO strings; unknown properties are ignored, so an
 * older reader still reads a document a later version added a property to.
 */
final class ReviewJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final TypeReference<List<AgendaLine>> LINES = new TypeReference<>() {
    };

    private ReviewJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    static List<AgendaLine> lines(String json) {
        return json == null || json.isBlank() ? List.of() : MAPPER.readValue(json, LINES);
    }
}
