package com.cohelm.largedata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty CoHelm database with a large, realistic supplier for benchmarks: at scale 1, 300 customers,
 * 1,000 programs, 20,000 goals with 400,000 measurements, 50,000 milestones with their history, 200,000
 * action items, 1,000,000 activity events, 5,000 users and 26 weeks of health snapshots per program.
 *
 * <p>Rows are written with plain JDBC as multi-row inserts (hundreds of rows per statement), with explicit
 * ids so that no row has to be read back. The same seed, scale and "today" give the same rows. Every user
 * gets the same password hash, encoded once by the caller.
 *
 * <p>It refuses to touch a database that holds anything but its own earlier output (see {@link #inspect}):
 * the supplier it creates carries {@link #SUPPLIER_NAME} and every account it creates ends in
 * {@link #EMAIL_DOMAIN}.
 *
 * <p>It stays one class past the project's ~450 lines on purpose: every table family's method hands out ids by
 * the same arithmetic ({@code customerUser}, the program rows) so that rows name each other without reads, and
 * the row counts it promises ({@link Plan#expectedRows}) sit beside the loops that write them. Split, the id
 * arithmetic would have to be shared state between classes; the multi-row writing is its own class
 * ({@link MultiRowInsert}).
 */
public class LargeDataGenerator {

    public static final String SUPPLIER_NAME = "Large Data Supplier (generated)";
    public static final String EMAIL_DOMAIN = "@large.example";
    public static final String ADMIN_EMAIL = "admin" + EMAIL_DOMAIN;

    static final int SUPPLIER_USERS = 500;
    static final int CUSTOMERS = 300;
    static final int USERS_PER_CUSTOMER = 15;
    static final int PROGRAMS = 1_000;
    static final int GOALS_PER_PROGRAM = 20;
    static final int MEASUREMENTS_PER_GOAL = 20;
    static final int MILESTONES_PER_PROGRAM = 50;
    static final int ACTIONS_PER_PROGRAM = 200;
    static final int EVENTS_PER_PROGRAM = 1_000;
    static final int HEALTH_WEEKS = 26;
    static final int SUPPLIER_MEMBERS_PER_PROGRAM = 6;
    static final int CUSTOMER_MEMBERS_PER_PROGRAM = 6;

    private static final Logger log = LoggerFactory.getLogger(LargeDataGenerator.class);

    /** What a database holds, as far as the generator is concerned. */
    public enum Contents {
        EMPTY, EARLIER_OUTPUT, OTHER_DATA
    }

    /**
     * How much to generate: scale 1 is the full size; 0.001 keeps the shape (every program has its full
     * share of goals, milestones, actions and events) with one customer and one program.
     */
    public record Plan(int customers, int supplierUsers, int programs) {

        public static Plan at(double scale) {
            if (!(scale > 0 && scale <= 1)) {
                throw new IllegalArgumentException("scale must be in (0, 1]: " + scale);
            }
            return new Plan(Math.max(1, (int) Math.round(CUSTOMERS * scale)),
                    Math.max(SUPPLIER_MEMBERS_PER_PROGRAM + 1, (int) Math.round(SUPPLIER_USERS * scale)),
                    Math.max(1, (int) Math.round(PROGRAMS * scale)));
        }

        public int users() {
            return supplierUsers + customers * USERS_PER_CUSTOMER;
        }

        /** The rows each table gets, for the report and the tests. */
        public Map<String, Long> expectedRows() {
            var rows = new LinkedHashMap<String, Long>();
            rows.put("organization", 1L + customers);
            rows.put("user_account", (long) users());
            rows.put("program", (long) programs);
            rows.put("program_member", (long) programs * (SUPPLIER_MEMBERS_PER_PROGRAM + CUSTOMER_MEMBERS_PER_PROGRAM));
            rows.put("goal", (long) programs * GOALS_PER_PROGRAM);
            rows.put("goal_measurement", (long) programs * GOALS_PER_PROGRAM * MEASUREMENTS_PER_GOAL);
            rows.put("milestone", (long) programs * MILESTONES_PER_PROGRAM);
            rows.put("action_item", (long) programs * ACTIONS_PER_PROGRAM);
            rows.put("activity_event", (long) programs * EVENTS_PER_PROGRAM);
            rows.put("health_snapshot", (long) programs * HEALTH_WEEKS);
            return rows;
        }
    }

    private final DataSource dataSource;
    private final Plan plan;
    private final long seed;
    private final LocalDate today;
    private final String passwordHash;

    public LargeDataGenerator(DataSource dataSource, Plan plan, long seed, LocalDate today, String passwordHash) {
        this.dataSource = dataSource;
        this.plan = plan;
        this.seed = seed;
        this.today = today;
        this.passwordHash = passwordHash;
    }

    /** Whether the database is empty, holds only this generator's earlier output, or anything else. */
    public static Contents inspect(Connection connection) throws SQLException {
        long organizations = count(connection, "select count(*) from organization");
        long users = count(connection, "select count(*) from user_account");
        if (organizations == 0 && users == 0 && count(connection, "select count(*) from program") == 0) {
            return Contents.EMPTY;
        }
        long foreignUsers = count(connection, "select count(*) from user_account where email not like '%"
                + EMAIL_DOMAIN + "'");
        long generatedSupplier = count(connection, "select count(*) from organization where kind = 'SUPPLIER'"
                + " and name = '" + SUPPLIER_NAME + "'");
        long foreignOrganizations = count(connection, "select count(*) from organization where not (name = '"
                + SUPPLIER_NAME + "' or name like 'Customer % (generated)')");
        return foreignUsers == 0 && generatedSupplier == 1 && foreignOrganizations == 0 ? Contents.EARLIER_OUTPUT
                : Contents.OTHER_DATA;
    }

    /**
     * Generates the data into an empty database, or replaces this generator's earlier output; refuses
     * anything else. Returns the rows written per table.
     */
    public Map<String, Long> generate() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            switch (inspect(connection)) {
                case OTHER_DATA -> throw new IllegalStateException("The database holds data that the large-data "
                        + "generator did not write: refusing to touch it. Use an empty database.");
                case EARLIER_OUTPUT -> wipe(connection);
                case EMPTY -> {
                }
            }
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("set foreign_key_checks = 0, unique_checks = 0");
            }
            var started = System.nanoTime();
            var written = new Writer(connection, new SplittableRandom(seed)).writeAll();
            try (var statement = connection.createStatement()) {
                statement.execute("set foreign_key_checks = 1, unique_checks = 1");
            }
            connection.commit();
            log.info("Large data written in {} s: {}", (System.nanoTime() - started) / 1_000_000_000, written);
            return written;
        }
    }

    /** Empties every table but Flyway's history: only called on the generator's own earlier output. */
    private static void wipe(Connection connection) throws SQLException {
        log.info("Replacing the large-data generator's earlier output");
        var tables = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select table_name from information_schema.tables where "
                        + "table_schema = database() and table_type = 'BASE TABLE' "
                        + "and table_name <> 'flyway_schema_history'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (var statement = connection.createStatement()) {
            statement.execute("set foreign_key_checks = 0");
            for (var table : tables) {
                statement.execute("truncate table `" + table + "`");
            }
            statement.execute("set foreign_key_checks = 1");
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One generation run: ids are handed out here, so related rows can name each other without reads. */
    private final class Writer {

        private static final String[] METRICS = {"First-pass yield", "Test cycle time", "Escaped defects",
            "On-time deliveries", "Station uptime", "Mean time to repair", "Coverage of test plans",
            "Open change requests"};
        private static final String[] UNITS = {"%", "s", "per month", "%", "%", "h", "%", "count"};
        private static final String[] WORDS = {"firmware", "fixture", "line", "station", "pilot", "release",
            "calibration", "rollout", "audit", "training", "handover", "validation", "upgrade", "qualification"};
        private static final String[] EVENT_KINDS = {"GOAL_MEASURED", "GOAL_UPDATED", "MILESTONE_UPDATED",
            "MILESTONE_DONE", "ACTION_CREATED", "ACTION_STATUS_CHANGED", "QUESTION_ASKED", "QUESTION_ANSWERED",
            "PROGRAM_UPDATED", "SIGNED_IN"};
        private static final String[] SLIP_CAUSES = {"SUPPLIER", "CUSTOMER", "EXTERNAL", "SCOPE_CHANGE"};
        private static final String[] SLIP_STATES = {"OPEN", "ACKNOWLEDGED", "CONTESTED", "RESOLVED"};

        private final Connection connection;
        private final SplittableRandom random;
        private final Timestamp createdAt;
        private final Map<String, Long> written = new LinkedHashMap<>();
        private final long supplierId = 1;
        private final long adminId = 1;
        private final String[] names;
        private final String[] emails;
        private final String[] sides;

        Writer(Connection connection, SplittableRandom random) {
            this.connection = connection;
            this.random = random;
            this.createdAt = Timestamp.valueOf(today.minusYears(2).atStartOfDay());
            int users = plan.users();
            names = new String[users + 1];
            emails = new String[users + 1];
            sides = new String[users + 1];
        }

        Map<String, Long> writeAll() throws SQLException {
            organizationsAndUsers();
            var programs = programsAndMembers();
            goals(programs);
            milestones(programs);
            actions(programs);
            events(programs);
            health(programs);
            return written;
        }

        /** Supplier users are ids 1..S (1 is the admin); customer c's users follow, admin first. */
        private long customerUser(int customer, int index) {
            return plan.supplierUsers() + (long) customer * USERS_PER_CUSTOMER + index + 1;
        }

        private void organizationsAndUsers() throws SQLException {
            var orgs = insert("organization", "id", "name", "kind", "archived", "created_at", "version");
            orgs.row(supplierId, SUPPLIER_NAME, "SUPPLIER", false, createdAt, 0);
            for (int c = 0; c < plan.customers(); c++) {
                orgs.row(c + 2L, "Customer %04d (generated)".formatted(c + 1), "CUSTOMER", false, createdAt, 0);
            }
            orgs.finish();
            var users = insert("user_account", "id", "organization_id", "email", "display_name", "job_title",
                    "role", "password_hash", "enabled", "failed_sign_ins", "language", "time_zone", "created_at",
                    "version", "appearance");
            for (int s = 0; s < plan.supplierUsers(); s++) {
                long id = s + 1L;
                var email = s == 0 ? ADMIN_EMAIL : "supplier" + s + EMAIL_DOMAIN;
                person(id, s == 0 ? "Supplier Admin" : "Supplier Person " + s, email, "SUPPLIER");
                users.row(id, supplierId, email, names[(int) id], "Engineer", s == 0 ? "ADMIN" : "MEMBER",
                        passwordHash, true, 0, "en", "UTC", createdAt, 0, "SYSTEM");
            }
            for (int c = 0; c < plan.customers(); c++) {
                for (int u = 0; u < USERS_PER_CUSTOMER; u++) {
                    long id = customerUser(c, u);
                    var email = "c" + (c + 1) + ".u" + u + EMAIL_DOMAIN;
                    person(id, "Customer %d Person %d".formatted(c + 1, u), email, "CUSTOMER");
                    var role = u == 0 ? "ADMIN" : u <= 10 ? "MEMBER" : "VIEWER";
                    users.row(id, c + 2L, email, names[(int) id], "Buyer", role, passwordHash, true, 0, "en", "UTC",
                            createdAt, 0, "SYSTEM");
                }
            }
            users.finish();
        }

        private void person(long id, String name, String email, String side) {
            names[(int) id] = name;
            emails[(int) id] = email;
            sides[(int) id] = side;
        }

        /** A program and the people in it, with its dates; members[0] is the supplier lead, [S] the customer's. */
        record ProgramRow(long id, long customerId, long[] members, LocalDate start, LocalDate end) {
            long supplierLead() {
                return members[0];
            }

            long customerLead() {
                return members[SUPPLIER_MEMBERS_PER_PROGRAM];
            }
        }

        private List<ProgramRow> programsAndMembers() throws SQLException {
            var programs = new ArrayList<ProgramRow>();
            var insert = insert("program", "id", "customer_id", "name", "success_definition", "start_date",
                    "target_end_date", "status", "supplier_lead_id", "customer_lead_id", "created_at", "updated_at",
                    "version");
            var memberInsert = insert("program_member", "program_id", "user_id", "added_at");
            for (int p = 0; p < plan.programs(); p++) {
                long id = p + 1L;
                int customer = p % plan.customers();
                var members = new long[SUPPLIER_MEMBERS_PER_PROGRAM + CUSTOMER_MEMBERS_PER_PROGRAM];
                // Supplier people other than the admin, distinct within the program.
                int firstSupplier = 1 + random.nextInt(plan.supplierUsers() - 1);
                for (int m = 0; m < SUPPLIER_MEMBERS_PER_PROGRAM; m++) {
                    members[m] = 1 + (firstSupplier - 1 + m * 7L) % (plan.supplierUsers() - 1) + 1;
                }
                int firstCustomer = 1 + random.nextInt(USERS_PER_CUSTOMER - 1);
                for (int m = 0; m < CUSTOMER_MEMBERS_PER_PROGRAM; m++) {
                    members[SUPPLIER_MEMBERS_PER_PROGRAM + m] = customerUser(customer,
                            1 + (firstCustomer - 1 + m) % (USERS_PER_CUSTOMER - 1));
                }
                // A lead may not be a viewer: the customer lead is the first member among the MEMBERs.
                for (int m = SUPPLIER_MEMBERS_PER_PROGRAM; m < members.length; m++) {
                    if (members[m] - customerUser(customer, 0) <= 10) {
                        var lead = members[m];
                        members[m] = members[SUPPLIER_MEMBERS_PER_PROGRAM];
                        members[SUPPLIER_MEMBERS_PER_PROGRAM] = lead;
                        break;
                    }
                }
                var start = today.minusDays(60 + random.nextInt(500));
                var end = start.plusDays(365 + random.nextInt(365));
                var status = random.nextInt(10) < 8 ? "ACTIVE" : random.nextBoolean() ? "ON_HOLD" : "COMPLETED";
                var row = new ProgramRow(id, customer + 2L, members, start, end);
                programs.add(row);
                var created = Timestamp.valueOf(start.atTime(9, 0));
                insert.row(id, row.customerId(), "Program %04d: %s %s".formatted(id, word(), word()),
                        "Together we deliver the " + word() + " " + word() + " on time and measurably better.",
                        start, end, status, row.supplierLead(), row.customerLead(), created, created, 0);
                for (long member : members) {
                    memberInsert.row(id, member, created);
                }
            }
            insert.finish();
            memberInsert.finish();
            return programs;
        }

        private void goals(List<ProgramRow> programs) throws SQLException {
            var goals = insert("goal", "id", "program_id", "title", "why_it_matters", "metric", "unit", "baseline",
                    "target", "direction", "target_date", "supplier_owner_id", "customer_owner_id", "status",
                    "created_at", "updated_at", "version");
            var measurements = insert("goal_measurement", "goal_id", "measured_on", "value", "note",
                    "recorded_by", "recorded_at");
            var statusChanges = insert("goal_status_change", "goal_id", "status", "suggested_status", "reason",
                    "changed_by", "changed_at");
            String[] statuses = {"ON_TRACK", "ON_TRACK", "ON_TRACK", "AT_RISK", "OFF_TRACK", "ACHIEVED", "DROPPED"};
            long id = 0;
            for (var program : programs) {
                for (int g = 0; g < GOALS_PER_PROGRAM; g++) {
                    id++;
                    int metric = random.nextInt(METRICS.length);
                    boolean up = metric % 2 == 0;
                    var baseline = BigDecimal.valueOf(20 + random.nextInt(40));
                    var target = up ? baseline.add(BigDecimal.valueOf(10 + random.nextInt(40)))
                            : baseline.subtract(BigDecimal.valueOf(5 + random.nextInt(15)));
                    var status = statuses[random.nextInt(statuses.length)];
                    var supplierOwner = program.members()[random.nextInt(SUPPLIER_MEMBERS_PER_PROGRAM)];
                    var customerOwner = program.customerLead();
                    var created = Timestamp.valueOf(program.start().atTime(10, 0));
                    goals.row(id, program.id(), "Goal %d: %s %s".formatted(g + 1, METRICS[metric], word()),
                            "It matters because the " + word() + " depends on it.", METRICS[metric], UNITS[metric],
                            baseline, target, up ? "UP" : "DOWN", program.end(), supplierOwner, customerOwner,
                            status, created, created, 0);
                    var firstWeek = today.minusWeeks(MEASUREMENTS_PER_GOAL);
                    for (int m = 0; m < MEASUREMENTS_PER_GOAL; m++) {
                        var progress = (m + 1.0) / (MEASUREMENTS_PER_GOAL + 4) + (random.nextDouble() - 0.5) * 0.1;
                        var value = baseline.add(target.subtract(baseline).multiply(BigDecimal.valueOf(progress)))
                                .setScale(2, RoundingMode.HALF_UP);
                        var day = firstWeek.plusWeeks(m);
                        measurements.row(id, day, value, m % 5 == 0 ? "Measured on the " + word() : null,
                                m % 2 == 0 ? supplierOwner : customerOwner, Timestamp.valueOf(day.atTime(16, 0)));
                    }
                    statusChanges.row(id, status, status, "Confirmed at the monthly review", supplierOwner,
                            Timestamp.valueOf(today.minusWeeks(2).atTime(11, 0)));
                }
            }
            goals.finish();
            measurements.finish();
            statusChanges.finish();
        }

        private void milestones(List<ProgramRow> programs) throws SQLException {
            var milestones = insert("milestone", "id", "program_id", "title", "description", "owner_side",
                    "owner_id", "baseline_date", "planned_date", "done_date", "created_at", "updated_at", "version");
            var changes = insert("milestone_date_change", "milestone_id", "field", "from_date", "to_date", "cause",
                    "explanation", "slip_id", "changed_by", "changed_at");
            var slips = insert("milestone_slip", "id", "milestone_id", "from_date", "to_date", "cause",
                    "explanation", "recovery_plan", "reported_by", "reported_side", "reported_at", "state",
                    "compromise", "version");
            var dependencies = insert("milestone_dependency", "milestone_id", "depends_on_id");
            var goalLinks = insert("milestone_goal", "milestone_id", "goal_id");
            var baselines = insert("schedule_baseline", "id", "program_id", "number", "proposal_id",
                    "created_at");
            var baselineEntries = insert("baseline_entry", "baseline_id", "milestone_id", "baseline_date");
            String[] ownerSides = {"SUPPLIER", "CUSTOMER", "JOINT"};
            long id = 0;
            long slipId = 0;
            for (var program : programs) {
                var created = Timestamp.valueOf(program.start().atTime(11, 0));
                baselines.row(program.id(), program.id(), 0, null, created);
                long span = program.end().toEpochDay() - program.start().toEpochDay();
                for (int m = 0; m < MILESTONES_PER_PROGRAM; m++) {
                    id++;
                    var baseline = program.start().plusDays(span * (m + 1) / (MILESTONES_PER_PROGRAM + 1));
                    boolean slipped = random.nextInt(5) == 0;
                    var planned = slipped ? baseline.plusDays(3 + random.nextInt(30)) : baseline;
                    var done = planned.isBefore(today) && random.nextInt(10) < 9 ? planned : null;
                    var side = ownerSides[random.nextInt(3)];
                    var owner = side.equals("CUSTOMER") ? program.customerLead()
                            : program.members()[random.nextInt(SUPPLIER_MEMBERS_PER_PROGRAM)];
                    milestones.row(id, program.id(), "Milestone %d: %s %s".formatted(m + 1, word(), word()),
                            "", side, owner, baseline, planned, done, created, created, 0);
                    baselineEntries.row(program.id(), id, baseline);
                    changes.row(id, "CREATED", null, baseline, null, null, null, program.supplierLead(), created);
                    if (slipped) {
                        slipId++;
                        var cause = SLIP_CAUSES[random.nextInt(SLIP_CAUSES.length)];
                        var reporter = cause.equals("CUSTOMER") ? program.customerLead() : program.supplierLead();
                        var reportedAt = Timestamp.valueOf(baseline.minusDays(7).atTime(14, 0));
                        slips.row(slipId, id, baseline, planned, cause, "The " + word() + " arrived late.",
                                "We add a second " + word() + " shift.", reporter, sides[(int) reporter], reportedAt,
                                SLIP_STATES[random.nextInt(SLIP_STATES.length)], null, 0);
                        changes.row(id, "PLANNED", baseline, planned, cause, "The " + word() + " arrived late.",
                                slipId, reporter, reportedAt);
                    }
                    if (done != null) {
                        changes.row(id, "DONE", null, done, null, null, null, owner,
                                Timestamp.valueOf(done.atTime(17, 0)));
                    }
                    if (m > 0 && random.nextInt(10) < 3) {
                        dependencies.row(id, id - 1);
                    }
                    if (m % 5 == 0) {
                        goalLinks.row(id, (program.id() - 1) * GOALS_PER_PROGRAM + 1 + random.nextInt(GOALS_PER_PROGRAM));
                    }
                }
            }
            milestones.finish();
            changes.finish();
            slips.finish();
            dependencies.finish();
            goalLinks.finish();
            baselines.finish();
            baselineEntries.finish();
        }

        private void actions(List<ProgramRow> programs) throws SQLException {
            var actions = insert("action_item", "program_id", "title", "details", "assignee_id", "assignee_side",
                    "due_date", "status", "blocked_on", "origin_type", "question", "created_by", "answer",
                    "answered_by", "answered_at", "closed_at", "created_at", "updated_at", "version");
            String[] open = {"OPEN", "OPEN", "IN_PROGRESS", "BLOCKED"};
            for (var program : programs) {
                var members = program.members();
                for (int a = 0; a < ACTIONS_PER_PROGRAM; a++) {
                    var assignee = members[random.nextInt(members.length)];
                    var creator = members[random.nextInt(members.length)];
                    boolean question = random.nextInt(100) < 15;
                    var createdDay = today.minusDays(random.nextInt(300));
                    var created = Timestamp.valueOf(createdDay.atTime(8 + random.nextInt(10), random.nextInt(60)));
                    boolean done = random.nextInt(100) < 60;
                    var status = done ? "DONE" : open[random.nextInt(open.length)];
                    var closed = done ? Timestamp.valueOf(created.toLocalDateTime().plusHours(2 + random.nextInt(300)))
                            : null;
                    actions.row(program.id(), (question ? "Which %s do you use for the %s?" : "Prepare the %s %s")
                                    .formatted(word(), word()), null, assignee, sides[(int) assignee],
                            createdDay.plusDays(3 + random.nextInt(40)), status,
                            status.equals("BLOCKED") ? "Waiting for the " + word() : null, "MANUAL", question, creator,
                            question && done ? "We use the " + word() + "." : null, question && done ? assignee : null,
                            question && done ? closed : null, closed, created, closed == null ? created : closed, 0);
                }
            }
            actions.finish();
        }

        private void events(List<ProgramRow> programs) throws SQLException {
            var events = insert("activity_event", "occurred_at", "actor_id", "actor_label", "actor_side",
                    "organization_id", "program_id", "kind", "subject_type", "subject_id", "subject_label",
                    "before_state", "after_state", "supplier_internal");
            var now = today.atTime(8, 0);
            for (var program : programs) {
                var members = program.members();
                for (int e = 0; e < EVENTS_PER_PROGRAM; e++) {
                    var actor = members[random.nextInt(members.length)];
                    var kind = EVENT_KINDS[random.nextInt(EVENT_KINDS.length)];
                    var occurred = now.minusMinutes(random.nextInt(365 * 24 * 60));
                    var subject = kind.startsWith("GOAL") ? "goal" : kind.startsWith("MILESTONE") ? "milestone"
                            : kind.startsWith("ACTION") ? "action" : kind.startsWith("QUESTION") ? "question" : "program";
                    events.row(Timestamp.valueOf(occurred), actor, emails[(int) actor], sides[(int) actor],
                            program.customerId(), program.id(), kind, subject, program.id(),
                            subject + " of program " + program.id(), null, kind.toLowerCase() + " " + word(),
                            random.nextInt(20) == 0);
                }
            }
            events.finish();
        }

        private void health(List<ProgramRow> programs) throws SQLException {
            var snapshots = insert("health_snapshot", "program_id", "customer_id", "week_start", "score",
                    "supplier_score", "customer_score", "goals", "schedule", "supplier_responsiveness",
                    "customer_responsiveness", "supplier_pulse", "customer_pulse", "supplier_engagement",
                    "customer_engagement", "computed_at");
            var lastMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (var program : programs) {
                int score = 40 + random.nextInt(50);
                for (int w = HEALTH_WEEKS - 1; w >= 0; w--) {
                    score = Math.clamp(score + random.nextInt(11) - 5, 0, 100);
                    var week = lastMonday.minusWeeks(w);
                    snapshots.row(program.id(), program.customerId(), week, score, score + random.nextInt(5),
                            score - random.nextInt(5), around(score), around(score), around(score), around(score),
                            around(score), around(score), around(score), around(score),
                            Timestamp.valueOf(week.atTime(3, 0)));
                }
            }
            snapshots.finish();
        }

        private MultiRowInsert insert(String table, String... columns) {
            return new MultiRowInsert(connection, written, table, columns);
        }

        private int around(int score) {
            return Math.clamp(score + random.nextInt(21) - 10, 0, 100);
        }

        private String word() {
            return WORDS[random.nextInt(WORDS.length)];
        }
    }
}
