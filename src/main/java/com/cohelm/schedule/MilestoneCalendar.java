package com.cohelm.schedule;

import com.cohelm.account.AccountDirectory;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.CalendarText;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramDirectory;
import com.cohelm.security.CurrentUserService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds of a program's milestones. Calendar apps fetch a feed without signing in, so
 * the secret token in its address is the credential: it is long and random, only its hash is stored, the
 * owner revokes it at will, and every fetch applies the program's access rules to the owner again, so a
 * person who leaves the program or is disabled stops receiving it.
 */
@Service
@Transactional
public class MilestoneCalendar {

    /** The feed's address below the application's root; the token follows. */
    public static final String PATH = "calendar/";
    private static final String SUFFIX = ".ics";
    private static final int TOKEN_BYTES = 32;

    private final CalendarFeedRepository feeds;
    private final MilestoneRepository milestones;
    private final ProgramAccessPolicy accessPolicy;
    private final ProgramDirectory programDirectory;
    private final AccountDirectory accountDirectory;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MilestoneCalendar(CalendarFeedRepository feeds, MilestoneRepository milestones, ProgramAccessPolicy accessPolicy,
            ProgramDirectory programDirectory, AccountDirectory accountDirectory, ActivityRecorder activity,
            CurrentUserService currentUser, Clock clock) {
        this.feeds = feeds;
        this.milestones = milestones;
        this.accessPolicy = accessPolicy;
        this.programDirectory = programDirectory;
        this.accountDirectory = accountDirectory;
        this.activity = activity;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the reader subscribes to the program, without the address (it is not kept). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CalendarSubscription subscription(long programId) {
        var access = accessPolicy.require(programId, ProgramAccessPolicy.Need.READ);
        return feeds.findByUserIdAndProgramId(access.user().id(), programId)
                .map(feed -> new CalendarSubscription(true, feed.getCreatedAt(), feed.getLastUsedAt(), null))
                .orElse(CalendarSubscription.none());
    }

    /**
     * A new secret address for the reader's feed of the program; an earlier address stops working. The
     * answer is the only place the address ever appears.
     */
    @PreAuthorize("isAuthenticated()")
    public CalendarSubscription subscribe(long programId) {
        var access = accessPolicy.require(programId, ProgramAccessPolicy.Need.READ);
        var user = access.user();
        feeds.deleteByUserAndProgram(user.id(), programId);
        feeds.flush();
        var bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var feed = feeds.save(new CalendarFeed(user.id(), programId, hash(token), clock.instant()));
        activity.record(ActivityEntry.of(ActivityKind.CALENDAR_FEED_CREATED).organization(user.organizationId())
                .subject("program", programId, user.email()));
        return new CalendarSubscription(true, feed.getCreatedAt(), null, PATH + token + SUFFIX);
    }

    /** The reader's address for the program stops working at once. */
    @PreAuthorize("isAuthenticated()")
    public void revoke(long programId) {
        var access = accessPolicy.require(programId, ProgramAccessPolicy.Need.READ);
        if (feeds.deleteByUserAndProgram(access.user().id(), programId) > 0) {
            activity.record(ActivityEntry.of(ActivityKind.CALENDAR_FEED_REVOKED)
                    .organization(access.user().organizationId()).subject("program", programId, access.user().email()));
        }
    }

    /**
     * The iCalendar text of the feed with this token, or empty when the token is unknown or revoked, or
     * its owner may no longer see the program: all three look the same to the caller.
     */
    public Optional<String> feed(String tokenWithSuffix) {
        if (tokenWithSuffix == null || !tokenWithSuffix.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        var token = tokenWithSuffix.substring(0, tokenWithSuffix.length() - SUFFIX.length());
        return feeds.findByTokenHash(hash(token)).flatMap(feed -> accountDirectory.activeUser(feed.getUserId())
                .flatMap(user -> accessPolicy.findFor(user, feed.getProgramId()))
                .flatMap(access -> programDirectory.byId(feed.getProgramId()))
                .map(program -> {
                    feed.used(clock.instant());
                    return render(program);
                }));
    }

    private String render(ProgramDirectory.ProgramRef program) {
        var calendar = new Calendar().withProdId("-//CoHelm//Milestones//EN").withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", program.name())).getFluentTarget();
        var stamp = new DtStamp(clock.instant());
        for (var milestone : milestones.findByProgramIdOrderByPlannedDateAscIdAsc(program.id())) {
            var day = milestone.getDoneDate() != null ? milestone.getDoneDate() : milestone.getPlannedDate();
            var details = new StringBuilder(milestone.getDescription());
            details.append(details.isEmpty() ? "" : "\n\n").append("Baseline: ").append(milestone.getBaselineDate())
                    .append("\nPlanned: ").append(milestone.getPlannedDate());
            if (milestone.getDoneDate() != null) {
                details.append("\nDone: ").append(milestone.getDoneDate());
            }
            var event = new VEvent(day, day.plusDays(1), program.name() + ": " + milestone.getTitle());
            event.add(new Uid("milestone-" + milestone.getId() + "@cohelm"));
            event.replace(stamp); // the constructor already stamps the event: one DTSTAMP, from our clock
            event.add(new LastModified(milestone.getUpdatedAt()));
            event.add(new Description(details.toString()));
            calendar.add(event);
        }
        return CalendarText.of(calendar);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
