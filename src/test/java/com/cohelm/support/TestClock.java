package com.cohelm.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The test suite's clock: it starts at a fixed instant and then moves on with the real time that passes,
 * so "today" is the same day, weekday and hour whatever day the suite runs, while things done one after
 * the other still get increasing times. The start is the system property {@code cohelm.test.now} (an ISO
 * instant, set by the build: {@code ./mvnw verify -Dcohelm.test.now=2026-12-07T10:00:00Z} runs the suite
 * on a Monday). Every service gets it as the application's {@link Clock} through
 * {@link TestClockConfiguration}; tests that need "now" or "today" ask it too, never the system.
 */
public final class TestClock extends Clock {

    /** Wednesday 9 December 2026, 10:00 UTC: mid-week, mid-month, mid-morning in Europe and America. */
    public static final Instant DEFAULT_START = Instant.parse("2026-12-09T10:00:00Z");

    /**
     * The system time (epoch milliseconds) at which the clock read {@code cohelm.test.now}: given with it to a JVM a
     * test starts (the nodes of a cluster, see {@link #jvmOptions()}), so that all of them read the same instant at
     * the same moment, as the clocks of a cluster's machines do. Without it the clock starts when its class loads.
     */
    static final String READ_AT_PROPERTY = "cohelm.test.now-read-at";

    private static final TestClock INSTANCE = new TestClock(start(), ZoneOffset.UTC, startNanos());

    private final Instant start;
    private final ZoneId zone;
    private final long startNanos;

    private TestClock(Instant start, ZoneId zone, long startNanos) {
        this.start = start;
        this.zone = zone;
        this.startNanos = startNanos;
    }

    private static Instant start() {
        var property = System.getProperty("cohelm.test.now");
        return property == null || property.isBlank() ? DEFAULT_START : Instant.parse(property.strip());
    }

    private static long startNanos() {
        var nanos = System.nanoTime();
        var readAt = System.getProperty(READ_AT_PROPERTY);
        if (readAt == null || readAt.isBlank()) {
            return nanos;
        }
        return nanos - Duration.ofMillis(System.currentTimeMillis() - Long.parseLong(readAt.strip())).toNanos();
    }

    /**
     * The options that give a JVM started now this very clock: it reads the instant this one reads at the same
     * moment (to a millisecond), however long it takes to start.
     */
    public static List<String> jvmOptions() {
        var readAt = System.currentTimeMillis();
        var instant = now();
        return List.of("-Dcohelm.test.now=" + instant, "-D" + READ_AT_PROPERTY + "=" + readAt);
    }

    /** The one clock of the test JVM. */
    public static TestClock get() {
        return INSTANCE;
    }

    /** The suite's current instant. */
    public static Instant now() {
        return INSTANCE.instant();
    }

    /** The suite's current day in UTC. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    /** The suite's current day in a time zone. */
    public static LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(now(), zone);
    }

    /** The instant the suite's clock started at. */
    public static Instant startedAt() {
        return INSTANCE.start;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new TestClock(start, zone, startNanos);
    }

    @Override
    public Instant instant() {
        return start.plus(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
