package com.cohelm.activity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields an edit really changed, each with its value before and after, so that a service writes and
 * records only what changed ("saving without a change changes nothing") and the activity event says what
 * changed: {@code before} "description=Draft; waits on=Fixture design frozen", {@code after} "description=Final;
 * waits on=(none)". Fields whose value stayed the same are left out.
 */
public final class FieldChanges {

    private static final String NONE = "(none)";

    private final Map<String, String> before = new LinkedHashMap<>();
    private final Map<String, String> after = new LinkedHashMap<>();

    /** Adds the field if its value changed; blank and null text count as the same (a form gives ""). */
    public FieldChanges field(String name, Object was, Object now) {
        if (!Objects.equals(normal(was), normal(now))) {
            before.put(name, text(was));
            after.put(name, text(now));
        }
        return this;
    }

    /** Adds a reference (an id) if it changed, named by {@code label}. */
    public <T> FieldChanges reference(String name, T was, T now, Function<T, String> label) {
        if (!Objects.equals(was, now)) {
            before.put(name, was == null ? NONE : label.apply(was));
            after.put(name, now == null ? NONE : label.apply(now));
        }
        return this;
    }

    /** Adds a set of references (ids) if it changed, named by {@code label} in the order of the labels. */
    public <T> FieldChanges set(String name, Set<T> was, Set<T> now, Function<T, String> label) {
        if (!Set.copyOf(was).equals(Set.copyOf(now))) {
            before.put(name, labels(was, label));
            after.put(name, labels(now, label));
        }
        return this;
    }

    public boolean isEmpty() {
        return before.isEmpty();
    }

    public boolean contains(String name) {
        return before.containsKey(name);
    }

    /** The changed fields as they were, "name=value; name=value". */
    public String before() {
        return joined(before);
    }

    /** The changed fields as they are now. */
    public String after() {
        return joined(after);
    }

    private static Object normal(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }

    private static String text(Object value) {
        return normal(value) == null ? NONE : value.toString();
    }

    private static <T> String labels(Collection<T> values, Function<T, String> label) {
        return values.isEmpty() ? NONE : values.stream().map(label).sorted().collect(Collectors.joining(", "));
    }

    private static String joined(Map<String, String> fields) {
        return fields.isEmpty() ? null : fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
