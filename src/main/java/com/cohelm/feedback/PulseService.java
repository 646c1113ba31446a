package com.cohelm.feedback;

import com.cohelm.account.AccountDirectory;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.program.ProgramAccess;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramAccessPolicy.Need;
import com.cohelm.program.ProgramDirectory;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Role;
import com.cohelm.security.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Pulses: a short blind survey of both sides. Every method first passes the program's access check (an
 * invisible program, or a pulse of another program, answers as not found); then:
 * <ul>
 * <li>a pulse is blind: nobody sees the other side's answers until it closes: on its closing day, when a
 * supplier lead closes it, or as soon as everyone asked (the program's members and leads, viewers excepted)
 * has answered and each side has at least the minimum of answers a customer may see (a supplier answer
 * marked internal does not count: the customer never sees it). Then a side with fewer answers than the
 * minimum shows only its count, and nobody may answer or change an answer any more. Internal supplier
 * answers never reach a customer reader. See {@code docs/decisions/0025-pulse-minimum-answers.md}.</li>
 * <li>supplier leads and supplier admins open and close pulses and set their cadence.</li>
 * </ul>
 * What the feedback page shows of pulses is read with the page, by {@link FeedbackService#page}.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class PulseService {

    /** How long a pulse stays open by default, and at most. */
    public static final int PULSE_DAYS = 14;
    public static final int PULSE_MAX_DAYS = 90;

    private final PulseRepository pulses;
    private final PulseResponseRepository responses;
    private final PulseCadenceRepository cadences;
    private final PulseResults results;
    private final ProgramAccessPolicy accessPolicy;
    private final ProgramDirectory programs;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PulseService(PulseRepository pulses, PulseResponseRepository responses, PulseCadenceRepository cadences,
            PulseResults results, ProgramAccessPolicy accessPolicy, ProgramDirectory programs,
            AccountDirectory directory, ActivityRecorder activity, CurrentUserService currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.pulses = pulses;
        this.responses = responses;
        this.cadences = cadences;
        this.results = results;
        this.accessPolicy = accessPolicy;
        this.programs = programs;
        this.directory = directory;
        this.activity = activity;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A supplier lead opens a pulse that takes answers until {@code closesOn}; one pulse is open at a time. */
    public PulseView openPulse(long programId, @NotNull LocalDate closesOn) {
        var access = requirePulseManager(accessPolicy.require(programId, Need.READ));
        var user = access.user();
        var today = today();
        if (closesOn.isBefore(today) || closesOn.isAfter(today.plusDays(PULSE_MAX_DAYS))) {
            throw new InvalidInputException("closesOn", "feedback.error.closes-on");
        }
        if (pulses.existsByProgramIdAndClosedAtIsNull(programId)) {
            throw new InvalidInputException("closesOn", "feedback.error.pulse-open");
        }
        // Opened by hand in a period of the cadence, it is that period's pulse: the job opens no second one.
        var period = cadences.findById(programId).map(c -> c.getCadence().periodKey(today)).orElse(null);
        if (period != null && pulses.existsByProgramIdAndPeriodKey(programId, period)) {
            period = null;
        }
        var pulse = pulses.saveAndFlush(new Pulse(programId, period != null ? period : today.toString(), period,
                user.id(), clock.instant(), closesOn));
        activity.record(FeedbackRules.pulseEntry(ActivityKind.PULSE_OPENED, access.customerId(), pulse)
                .change(null, "closesOn=" + closesOn));
        events.publishEvent(new PulseOpened(programId, pulse.getId(), user.id(), closesOn));
        return results.views(List.of(pulse), user).getFirst();
    }

    /**
     * A supplier lead closes the pulse early; closing reveals it. A side with fewer answers than the minimum
     * then shows nothing but its count, ever: a closed pulse takes no more answers.
     */
    public PulseView closePulse(long programId, long pulseId, long expectedVersion) {
        var access = requirePulseManager(accessPolicy.require(programId, Need.READ));
        var user = access.user();
        var pulse = pulses.findForUpdate(pulseId, programId)
                .orElseThrow(() -> new ResourceNotFoundException("Pulse", pulseId));
        if (pulse.getVersion() != expectedVersion || !pulse.isOpen()) {
            throw new ConcurrentEditException(results.views(List.of(pulse), user).getFirst());
        }
        close(pulse, access.customerId(), user.id(), UnaryOperator.identity());
        return results.views(List.of(pulse), user).getFirst();
    }

    /**
     * The scheduled job closes a pulse whose closing day has passed, in CoHelm's name. Nobody is signed in
     * then: the caller, {@link PulseScheduler}, found the pulse open and holds its lock.
     */
    @PreAuthorize("permitAll()")
    void closeOverdue(Pulse pulse) {
        close(pulse, null, null, entry -> entry.actor(null, PulseScheduler.ACTOR));
    }

    /**
     * Closes a pulse, which reveals it: the events are recorded as {@code actor} says, and a pulse revealed
     * now is announced.
     *
     * @param closedBy who closed it, none for the scheduled job
     */
    private void close(Pulse pulse, Long customerId, Long closedBy, UnaryOperator<ActivityEntry> actor) {
        var revealing = !pulse.isRevealed();
        pulse.close(clock.instant());
        activity.record(actor.apply(FeedbackRules.pulseEntry(ActivityKind.PULSE_CLOSED, customerId, pulse)));
        if (revealing) {
            activity.record(actor.apply(FeedbackRules.pulseEntry(ActivityKind.PULSE_REVEALED, customerId, pulse)));
        }
        pulses.saveAndFlush(pulse);
        if (revealing) {
            events.publishEvent(new PulseRevealed(pulse.getProgramId(), pulse.getId(), closedBy));
        }
    }

    /** Monthly or quarterly pulses from now on, or none; the scheduled job opens them. */
    public PulseCadence setCadence(long programId, long expectedVersion, @NotNull PulseCadence cadence) {
        var access = requirePulseManager(accessPolicy.require(programId, Need.READ));
        var setting = cadences.findById(programId).orElseGet(() -> new PulseCadenceSetting(programId));
        if (setting.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(setting.getCadence());
        }
        var before = setting.getCadence();
        if (before != cadence) {
            setting.change(cadence, access.user().id(), clock.instant());
            cadences.saveAndFlush(setting);
            // the program's name for the feed; the access check above has read the program already
            var name = programs.byId(programId).orElseThrow().name();
            activity.record(ActivityEntry.of(ActivityKind.PULSE_CADENCE_CHANGED).organization(access.customerId())
                    .program(programId).subject("program", programId, name)
                    .change(before.name(), cadence.name()));
        }
        return cadence;
    }

    /**
     * The reader's answers to an open pulse: the first submission creates them, a later one (with the
     * version it started from, {@code expectedVersion}) edits them, until the pulse is revealed. Answers to
     * one pulse are taken one at a time, so the moment everyone asked has answered is never missed: then, if
     * each side has the minimum of answers a customer may see, the pulse closes and is revealed at once.
     *
     * @param expectedVersion null for a first submission
     */
    public PulseView answer(long programId, long pulseId, Long expectedVersion, @Valid PulseAnswerDraft draft) {
        var access = accessPolicy.require(programId, Need.WRITE);
        var user = access.user();
        var pulse = pulses.findForUpdate(pulseId, programId)
                .orElseThrow(() -> new ResourceNotFoundException("Pulse", pulseId));
        if (pulse.isRevealed()) {
            // Results once seen never move: a late answer or a change could be told apart by the difference.
            throw new InvalidInputException("pulse", "feedback.error.pulse-revealed");
        }
        if (!pulse.acceptsAnswers(today())) {
            throw new InvalidInputException("pulse", "feedback.error.pulse-closed");
        }
        var scores = requireScores(user.side(), draft);
        var existing = responses.findByPulseIdAndRespondentId(pulseId, user.id());
        if (existing.isPresent() ? !Objects.equals(existing.get().getVersion(), expectedVersion)
                : expectedVersion != null) {
            throw new ConcurrentEditException(results.views(List.of(pulse), user).getFirst());
        }
        var now = clock.instant();
        var response = existing.orElseGet(() -> new PulseResponse(pulseId, user.id(), user.side(), now));
        var internal = user.isSupplier() && draft.internal();
        if (existing.isPresent() && response.sameAnswers(scores, user.isCustomer() ? draft.recommend() : null,
                draft.comment(), internal)) {
            return results.views(List.of(pulse), user).getFirst(); // saved without a change: nothing is written
        }
        response.answer(scores, user.isCustomer() ? draft.recommend() : null, draft.comment(), internal, now);
        responses.saveAndFlush(response);
        // What was answered stays out of the activity: the feed must not lift the blind.
        var event = FeedbackRules.pulseEntry(ActivityKind.PULSE_ANSWERED, access.customerId(), pulse)
                .change(null, existing.isPresent() ? "edited" : "answered");
        activity.record(internal ? event.supplierInternal() : event);
        var answered = responses.findByPulseId(pulseId);
        if (results.enoughForCustomers(answered) && everyoneAskedAnswered(programId, answered)) {
            // Nobody is left to answer: the pulse closes, and both sides see its results.
            pulse.close(now);
            pulses.saveAndFlush(pulse);
            activity.record(FeedbackRules.pulseEntry(ActivityKind.PULSE_REVEALED, access.customerId(), pulse));
            events.publishEvent(new PulseRevealed(programId, pulse.getId(), null));
        }
        return results.views(List.of(pulse), user).getFirst();
    }

    // ---------------------------------------------------------------- rules

    /** The reader's access, where they open, close and schedule the program's pulses. */
    private static ProgramAccess requirePulseManager(ProgramAccess access) {
        if (!FeedbackRules.managesPulses(access)) {
            throw new AccessDeniedException("Supplier leads open, close and schedule pulses");
        }
        return access;
    }

    /**
     * Whether everyone asked to answer has: the program's members and leads of both sides who may contribute
     * (viewers read results, they do not answer; disabled people cannot). The caller checked access.
     */
    private boolean everyoneAskedAnswered(long programId, List<PulseResponse> answered) {
        var program = programs.byId(programId).orElseThrow();
        var asked = new HashSet<>(programs.memberIds(programId));
        asked.add(program.supplierLeadId());
        asked.add(program.customerLeadId());
        var respondents = answered.stream().map(PulseResponse::getRespondentId).collect(Collectors.toSet());
        return directory.people(asked).values().stream().filter(p -> p.enabled() && p.role() != Role.VIEWER)
                .allMatch(p -> respondents.contains(p.id()));
    }

    /** Every question of the reader's side scored 1–5, no other side's; a customer's recommendation 0–10. */
    private static Map<PulseQuestion, Integer> requireScores(Side side, PulseAnswerDraft draft) {
        var scores = new EnumMap<PulseQuestion, Integer>(PulseQuestion.class);
        for (var question : PulseQuestion.values()) {
            var score = draft.scores().get(question);
            if (question.answeredBy() != side) {
                if (score != null) {
                    throw new InvalidInputException(question.name(), "feedback.error.not-your-question");
                }
                continue;
            }
            if (score == null || score < PulseQuestion.MIN || score > PulseQuestion.MAX) {
                throw new InvalidInputException(question.name(), "feedback.error.score");
            }
            scores.put(question, score);
        }
        if (side == Side.CUSTOMER && (draft.recommend() == null || draft.recommend() < 0 || draft.recommend() > 10)) {
            throw new InvalidInputException("recommend", "feedback.error.recommend");
        }
        return scores;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(currentUser.require().timeZone()));
    }
}
