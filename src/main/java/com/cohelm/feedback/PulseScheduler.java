package com.cohelm.feedback;

import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.program.ProgramDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps pulses on schedule, at start and then every hour (setting {@code cohelm.feedback.pulse-cron}):
 * closes (and so reveals) the pulses whose closing day has passed, and opens the pulse of the current
 * month or quarter for every active program with that cadence that has none yet and no other pulse open.
 * Running it twice, on a restart or on two nodes at once opens nothing twice: a period's pulse is unique
 * per program in the database, and each program is handled in its own transaction.
 */
@Component
class PulseScheduler {

    private static final Logger log = LoggerFactory.getLogger(PulseScheduler.class);
    static final String ACTOR = "CoHelm";

    private final PulseRepository pulses;
    private final PulseService pulseService;
    private final PulseCadenceRepository cadences;
    private final ProgramDirectory programs;
    private final ActivityRecorder activity;
    private final TransactionTemplate eachOnItsOwn;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    PulseScheduler(PulseRepository pulses, PulseService pulseService, PulseCadenceRepository cadences,
            ProgramDirectory programs, ActivityRecorder activity, PlatformTransactionManager transactions, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.pulses = pulses;
        this.pulseService = pulseService;
        this.cadences = cadences;
        this.programs = programs;
        this.activity = activity;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * The start's run takes the same lock as the hourly one (decision 0037): nodes started together, or a
     * node started while another runs the job, run it once between them.
     */
    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "feedback-pulse-schedule", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void atStart() {
        run();
    }

    /**
     * On one node of a cluster at a time (decision 0037). A run closes the overdue pulses and opens the
     * period's pulses, a transaction per program: seconds for a thousand programs. At most 30 minutes,
     * within the hourly schedule, so that a dead node's lock never costs the next run; at least 1 minute,
     * longer than the nodes' clocks differ. The period's unique key still keeps an overrun to one pulse.
     */
    @Scheduled(cron = "${cohelm.feedback.pulse-cron:0 5 * * * *}", zone = "UTC")
    @SchedulerLock(name = "feedback-pulse-schedule", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        run();
    }

    /** One pass, whatever the lock: the start's and the schedule's runs come through their locked entries. */
    void run() {
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var closed = closeOverdue(today);
        var opened = openDue(today);
        if (closed + opened > 0) {
            log.info("Pulses: {} closed after their closing day, {} opened on schedule", closed, opened);
        }
    }

    /** Closes every open pulse whose closing day is before {@code today}; returns how many. */
    int closeOverdue(LocalDate today) {
        var closed = 0;
        for (var overdue : pulses.findByClosedAtIsNullAndClosesOnBefore(today)) {
            var done = eachOnItsOwn.execute(status -> pulses.findForUpdate(overdue.getId(), overdue.getProgramId())
                    .filter(Pulse::isOpen)
                    .map(pulse -> {
                        pulseService.closeOverdue(pulse);
                        return true;
                    }).orElse(false));
            closed += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return closed;
    }

    /**
     * Opens the current period's pulse where a cadence asks for one, in active programs only (a program on
     * hold or completed keeps its cadence for when it resumes); returns how many were opened.
     */
    int openDue(LocalDate today) {
        var opened = 0;
        var settings = cadences.findByCadenceNot(PulseCadence.NONE);
        var active = programs.active(settings.stream().map(PulseCadenceSetting::getProgramId).toList());
        for (var setting : settings) {
            if (!active.contains(setting.getProgramId())) {
                continue;
            }
            var programId = setting.getProgramId();
            var period = setting.getCadence().periodKey(today);
            try {
                var done = eachOnItsOwn.execute(status -> {
                    if (pulses.existsByProgramIdAndPeriodKey(programId, period)
                            || pulses.existsByProgramIdAndClosedAtIsNull(programId)) {
                        return false;
                    }
                    var pulse = pulses.saveAndFlush(new Pulse(programId, period, period, null, clock.instant(),
                            today.plusDays(PulseService.PULSE_DAYS)));
                    activity.record(FeedbackRules.pulseEntry(ActivityKind.PULSE_OPENED, null, pulse)
                            .actor(null, ACTOR).change(null, "closesOn=" + pulse.getClosesOn()));
                    events.publishEvent(new PulseOpened(programId, pulse.getId(), null, pulse.getClosesOn()));
                    return true;
                });
                opened += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (DataIntegrityViolationException alreadyOpened) {
                // Another run opened this period's pulse at the same moment: the unique key kept it to one.
                log.debug("Pulse {} of program {} was opened by another run", period, programId);
            }
        }
        return opened;
    }
}
