package com.cohelm.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Vaadin Flow UIDL answer the way the browser's client does, just enough to act like a person:
 * the answer's {@code changes} build element nodes (a {@code tag}, properties such as {@code label}),
 * text nodes ({@code text}) and child lists ({@code splice} with {@code addNodes}). A button is the
 * element whose text child reads the label; a field is the element whose {@code label} property does.
 */
final class Uidl {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CLICKABLE = Set.of("vaadin-button", "vaadin-menu-bar-item",
            "vaadin-context-menu-item", "vaadin-menu-bar-button");

    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, String> labels = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();

    private Uidl(String body) {
        JsonNode root;
        try {
            var json = body.startsWith("for(;;);") ? body.substring(8) : body;
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root.isArray()) {
            root = root.get(0);
        }
        if (root.has("appConfig")) {
            root = root.get("appConfig").get("uidl");
        }
        for (var change : root.path("changes")) {
            int node = change.path("node").asInt();
            var type = change.path("type").asText();
            if (type.equals("put")) {
                var key = change.path("key").asText();
                var value = change.path("value");
                if (key.equals("tag")) {
                    tags.put(node, value.asText());
                } else if (key.equals("label") && value.isTextual()) {
                    labels.put(node, value.asText());
                } else if (key.equals("text") && value.isTextual()) {
                    texts.put(node, value.asText());
                }
            } else if (type.equals("splice") && change.has("addNodes")) {
                var list = children.computeIfAbsent(node, n -> new ArrayList<>());
                change.get("addNodes").forEach(child -> list.add(child.asInt()));
            }
        }
    }

    static Uidl of(String body) {
        return new Uidl(body);
    }

    /** The node of the button or menu item that reads {@code text}, or null. */
    Integer clickable(String text) {
        for (var entry : children.entrySet()) {
            var tag = tags.get(entry.getKey());
            if (tag == null || !CLICKABLE.contains(tag)) {
                continue;
            }
            for (var child : entry.getValue()) {
                if (text.equals(texts.get(child) == null ? null : texts.get(child).strip())) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    /** The node of the input field labelled {@code label}, or null. */
    Integer field(String label) {
        for (var entry : labels.entrySet()) {
            var tag = tags.getOrDefault(entry.getKey(), "");
            if (label.equals(entry.getValue()) && tag.endsWith("-field")) {
                return entry.getKey();
            }
        }
        return null;
    }
}
