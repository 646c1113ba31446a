package com.cohelm.notification;

import com.cohelm.activity.AccessAudit;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramService;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * The signed-in person's own notifications and email settings. Nobody reads or marks another person's:
 * another's notification id answers as not found. A notification about a program the reader no longer
 * sees is left out of every list and count and opens like a missing one.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    private final NotificationRepository notifications;
    private final NotificationSettingsRepository settings;
    private final ProgramService programService;
    private final ProgramAccessPolicy accessPolicy;
    private final CurrentUserService currentUser;
    private final AccessAudit accessAudit;
    private final WaitingOnYouQuery waitingOnYou;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    NotificationService(NotificationRepository notifications, NotificationSettingsRepository settings,
            ProgramService programService, ProgramAccessPolicy accessPolicy, CurrentUserService currentUser,
            AccessAudit accessAudit, WaitingOnYouQuery waitingOnYou, Clock clock,
            PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.waitingOnYou = waitingOnYou;
        this.notifications = notifications;
        this.settings = settings;
        this.programService = programService;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.accessAudit = accessAudit;
        this.clock = clock;
    }

    /**
     * The bell's figure, shown on every page: one statement on the recipient's index. Unlike the list it
     * does not leave out programs I no longer see (that would cost every page a second statement); their
     * notifications still open as missing, and "mark all read" clears them.
     */
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(currentUser.require().id());
    }

    /** One page of my notifications, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationView> mine(@NotNull NotificationFilter filter, Pageable pageable) {
        var user = currentUser.require();
        var programs = programService.visibleProgramNames().keySet();
        if (programs.isEmpty()) {
            return List.of();
        }
        return notifications.findMine(user.id(), programs, filter == NotificationFilter.UNREAD, user.isSupplier(),
                        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).stream()
                .map(Notification::toView).toList();
    }

    @Transactional(readOnly = true)
    public long count(@NotNull NotificationFilter filter) {
        var user = currentUser.require();
        var programs = programService.visibleProgramNames().keySet();
        return programs.isEmpty() ? 0
                : notifications.countMine(user.id(), programs, filter == NotificationFilter.UNREAD, user.isSupplier());
    }

    /** The latest few, for the bell's popover. */
    @Transactional(readOnly = true)
    public List<NotificationView> latest(int limit) {
        return mine(NotificationFilter.ALL, PageRequest.of(0, limit));
    }

    /** Marks it read and gives the address it opens; not found if it is not mine or I no longer see its target. */
    public String open(long notificationId) {
        var notification = visible(notificationId);
        notification.markRead(clock.instant());
        return notification.getLink();
    }

    public void markRead(long notificationId) {
        visible(notificationId).markRead(clock.instant());
    }

    /** Marks every one of my notifications read; returns how many were unread. */
    public int markAllRead() {
        return notifications.markAllRead(currentUser.require().id(), clock.instant());
    }

    /** My email choice for every kind; the defaults until I save. */
    @Transactional(readOnly = true)
    public EmailSettings emailSettings() {
        var user = currentUser.require();
        return settings.findById(user.id()).map(s -> new EmailSettings(s.effective(), s.getVersion()))
                .orElseGet(() -> new EmailSettings(NotificationSettings.effective(Map.of()), null));
    }

    /**
     * Saves my choices if nobody (me in another tab) saved since {@code expectedVersion} (null: never saved);
     * otherwise both versions come back in a {@link ConcurrentEditException}. Every kind needs a choice.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public EmailSettings saveEmailSettings(Long expectedVersion, @NotNull Map<NotificationKind, EmailDelivery> chosen) {
        try {
            return ownTransaction.execute(status -> save(expectedVersion, chosen));
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException savedInAnotherTabMeanwhile) {
            // Both tabs passed the version check at the same moment (the first save of all, or two saves of the
            // same version): the other one's row won, and this one is a conflict like any other.
            throw new ConcurrentEditException(ownTransaction.execute(status -> emailSettings()));
        }
    }

    private EmailSettings save(Long expectedVersion, Map<NotificationKind, EmailDelivery> chosen) {
        var user = currentUser.require();
        var missing = Arrays.stream(NotificationKind.values())
                .filter(kind -> chosen.get(kind) == null).findFirst();
        if (missing.isPresent()) {
            throw new InvalidInputException(missing.get().name(), "notifications.settings.error.missing");
        }
        var now = clock.instant();
        var existing = settings.findById(user.id());
        var stored = existing.map(NotificationSettings::getVersion).orElse(null);
        if (!Objects.equals(stored, expectedVersion)) {
            throw new ConcurrentEditException(emailSettings());
        }
        var current = existing.map(NotificationSettings::effective)
                .orElseGet(() -> NotificationSettings.effective(Map.of()));
        if (current.equals(new EnumMap<>(chosen))) {
            // Saved without a change: nothing is written (defaults never saved stay defaults).
            return existing.map(s -> new EmailSettings(s.effective(), s.getVersion()))
                    .orElseGet(() -> new EmailSettings(current, null));
        }
        var row = existing.orElseGet(() -> new NotificationSettings(user.id(), now));
        row.choose(new EnumMap<>(chosen), now);
        var saved = settings.saveAndFlush(row);
        return new EmailSettings(saved.effective(), saved.getVersion());
    }

    /** What I owe the other side and what it owes me, as my digest lists it. */
    @Transactional(readOnly = true)
    public WaitingOnYou waitingOnMe() {
        return waitingOnYou.forCurrentUser();
    }

    private Notification visible(long notificationId) {
        CurrentUser user = currentUser.require();
        var notification = notifications.findByIdAndRecipientId(notificationId, user.id())
                .filter(n -> !n.isSupplierOnly() || user.isSupplier())
                .filter(n -> accessPolicy.find(n.getProgramId()).isPresent());
        if (notification.isEmpty()) {
            accessAudit.denied("notification", notificationId, null);
            throw new ResourceNotFoundException("Notification", notificationId);
        }
        return notification.get();
    }
}
