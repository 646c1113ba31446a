package com.cohelm.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every row of every application table, read through JDBC, to prove what an action changed in the
 * database and what it left alone: take a {@link #snapshot()} before, act, then read
 * {@link #changesSince(Snapshot)}. Rows are matched by their primary key. Left out: Flyway's history and the
 * event registry's bookkeeping (decision 0034), whose rows record how events travelled, not what changed; what
 * the events' listeners changed is counted, once they are done.
 * The tables are read from the schema itself, so a table added later is covered without touching this class.
 */
@Component
public class DatabaseRows {

    private static final String FLYWAY_HISTORY = "flyway_schema_history";
    private static final String EVENT_REGISTRY = "event_publication";

    private final JdbcClient jdbc;
    private final TestEvents events;

    DatabaseRows(JdbcClient jdbc, TestEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The rows of one table: key (the primary key's values, comma-separated) → column → value. */
    public record Table(List<String> keyColumns, Map<String, Map<String, Object>> rows) {
    }

    public record Snapshot(Map<String, Table> tables) {
    }

    public enum Kind { INSERTED, UPDATED, DELETED }

    /** A column's value before and after. */
    public record Values(Object before, Object after) {
        @Override
        public String toString() {
            return text(before) + " → " + text(after);
        }
    }

    /** One row that changed: for an update only the columns that changed, else all of the row's columns. */
    public record RowChange(String table, String key, Kind kind, Map<String, Values> columns) {

        /** The row's value of a column: the new one, or the old one of a deleted row. */
        public Object value(String column) {
            var values = columns.get(column);
            return values == null ? null : kind == Kind.DELETED ? values.before() : values.after();
        }

        @Override
        public String toString() {
            var what = switch (kind) {
                case INSERTED -> "inserted " + columns.entrySet().stream()
                        .map(e -> e.getKey() + "=" + text(e.getValue().after())).collect(Collectors.joining(", "));
                case DELETED -> "deleted " + columns.entrySet().stream()
                        .map(e -> e.getKey() + "=" + text(e.getValue().before())).collect(Collectors.joining(", "));
                case UPDATED -> columns.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(", "));
            };
            return table + " [" + key + "] " + what;
        }
    }

    /** What changed between two snapshots, table by table, readable in an assertion's message. */
    public record Changes(List<RowChange> rows) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        /** Leaves out the changes that match, e.g. rows another part of the application writes on its own. */
        public Changes without(Predicate<RowChange> ignored) {
            return new Changes(rows.stream().filter(ignored.negate()).toList());
        }

        /** "table.column" of every column an update changed. */
        public Set<String> updatedColumns() {
            return rows.stream().filter(r -> r.kind() == Kind.UPDATED)
                    .flatMap(r -> r.columns().keySet().stream().map(c -> r.table() + "." + c))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        /**
         * One entry per change, to compare with what was expected: "table.column" for each column an update
         * changed, "+table" for an inserted row, "-table" for a deleted one; sorted.
         */
        public List<String> shape() {
            return rows.stream().flatMap(r -> switch (r.kind()) {
                case INSERTED -> java.util.stream.Stream.of("+" + r.table());
                case DELETED -> java.util.stream.Stream.of("-" + r.table());
                case UPDATED -> r.columns().keySet().stream().map(c -> r.table() + "." + c);
            }).sorted().toList();
        }

        /** The tables in which a row was inserted, updated or deleted (as "kind table", e.g. "inserted activity_event"). */
        public List<String> summary() {
            return rows.stream().map(r -> r.kind().name().toLowerCase() + " " + r.table()).sorted().toList();
        }

        public List<RowChange> inserted(String table) {
            return of(Kind.INSERTED, table);
        }

        public List<RowChange> deleted(String table) {
            return of(Kind.DELETED, table);
        }

        public List<RowChange> updated(String table) {
            return of(Kind.UPDATED, table);
        }

        private List<RowChange> of(Kind kind, String table) {
            return rows.stream().filter(r -> r.kind() == kind && r.table().equals(table)).toList();
        }

        @Override
        public String toString() {
            return rows.isEmpty() ? "no change" : rows.stream().map(RowChange::toString)
                    .collect(Collectors.joining("\n  ", "\n  ", ""));
        }
    }

    /** Once the listeners of the events published so far are done: what they change belongs to their action. */
    public Snapshot snapshot() {
        events.awaitHandled();
        var tables = new TreeMap<String, Table>();
        for (var name : tableNames()) {
            tables.put(name, table(name));
        }
        return new Snapshot(tables);
    }

    public Changes changesSince(Snapshot before) {
        return difference(before, snapshot());
    }

    public static Changes difference(Snapshot before, Snapshot after) {
        var changes = new ArrayList<RowChange>();
        var names = new TreeSet<>(before.tables().keySet());
        names.addAll(after.tables().keySet());
        for (var name : names) {
            var old = before.tables().getOrDefault(name, new Table(List.of(), Map.of())).rows();
            var now = after.tables().getOrDefault(name, new Table(List.of(), Map.of())).rows();
            var keys = new TreeSet<>(old.keySet());
            keys.addAll(now.keySet());
            for (var key : keys) {
                var was = old.get(key);
                var is = now.get(key);
                if (was == null) {
                    changes.add(new RowChange(name, key, Kind.INSERTED, allColumns(is, false)));
                } else if (is == null) {
                    changes.add(new RowChange(name, key, Kind.DELETED, allColumns(was, true)));
                } else {
                    var changed = new LinkedHashMap<String, Values>();
                    was.forEach((column, value) -> {
                        if (!Objects.deepEquals(value, is.get(column))) {
                            changed.put(column, new Values(value, is.get(column)));
                        }
                    });
                    if (!changed.isEmpty()) {
                        changes.add(new RowChange(name, key, Kind.UPDATED, changed));
                    }
                }
            }
        }
        return new Changes(List.copyOf(changes));
    }

    private static Map<String, Values> allColumns(Map<String, Object> row, boolean before) {
        var columns = new LinkedHashMap<String, Values>();
        row.forEach((column, value) -> columns.put(column, before ? new Values(value, null) : new Values(null, value)));
        return columns;
    }

    private List<String> tableNames() {
        return jdbc.sql("select table_name from information_schema.tables where table_schema = database()"
                        + " and table_type = 'BASE TABLE' and table_name not in (?, ?) order by table_name")
                .params(FLYWAY_HISTORY, EVENT_REGISTRY).query(String.class).list();
    }

    private Table table(String name) {
        var keyColumns = jdbc.sql("select column_name from information_schema.statistics where table_schema = database()"
                        + " and table_name = ? and index_name = 'PRIMARY' order by seq_in_index")
                .param(name).query(String.class).list();
        var rows = new TreeMap<String, Map<String, Object>>();
        // the name comes from information_schema, never from outside the test
        jdbc.sql("select * from `" + name + "`").query((ResultSet rs) -> {
            var row = row(rs);
            var key = keyColumns.isEmpty() ? row.toString()
                    : keyColumns.stream().map(c -> String.valueOf(row.get(c))).collect(Collectors.joining(","));
            rows.put(key, row);
        });
        return new Table(keyColumns, rows);
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        var meta = rs.getMetaData();
        var row = new LinkedHashMap<String, Object>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(), rs.getObject(i));
        }
        return row;
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes, " + Integer.toHexString(Arrays.hashCode(bytes)) + ")";
        }
        if (value instanceof String s) {
            return "\"" + (s.length() > 80 ? s.substring(0, 79) + "…" : s) + "\"";
        }
        return String.valueOf(value);
    }
}
