package com.cohelm.largedata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers the rows of one table and writes them as multi-row inserts of {@value #ROWS_PER_STATEMENT} rows, so
 * that a million rows cost thousands of statements rather than a million. Commits every 50,000 rows to keep
 * the database's undo log small, and once more when finished.
 */
final class MultiRowInsert {

    static final int ROWS_PER_STATEMENT = 500;

    private static final Logger log = LoggerFactory.getLogger(MultiRowInsert.class);

    private final Connection connection;
    private final Map<String, Long> written;
    private final String table;
    private final String head;
    private final String tuple;
    private final int columns;
    private final List<Object[]> rows = new ArrayList<>(ROWS_PER_STATEMENT);
    private PreparedStatement full;
    private long count;

    /** {@code written} receives the table's row count when {@link #finish} is called. */
    MultiRowInsert(Connection connection, Map<String, Long> written, String table, String... columns) {
        this.connection = connection;
        this.written = written;
        this.table = table;
        this.columns = columns.length;
        this.head = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
        this.tuple = "(" + "?, ".repeat(columns.length - 1) + "?)";
    }

    void row(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns);
        }
        rows.add(values);
        if (rows.size() == ROWS_PER_STATEMENT) {
            if (full == null) {
                full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
            }
            flush(full);
        }
    }

    void finish() throws SQLException {
        if (!rows.isEmpty()) {
            try (var last = connection.prepareStatement(sql(rows.size()))) {
                flush(last);
            }
        }
        if (full != null) {
            full.close();
        }
        connection.commit();
        written.put(table, count);
        log.info("{}: {} rows", table, count);
    }

    private String sql(int n) {
        return head + String.join(", ", Collections.nCopies(n, tuple));
    }

    private void flush(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (var values : rows) {
            for (var value : values) {
                statement.setObject(index++, value);
            }
        }
        statement.executeUpdate();
        count += rows.size();
        rows.clear();
        if (count % 50_000 == 0) {
            connection.commit();
        }
    }
}
