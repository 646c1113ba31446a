package com.cohelm.notification;

import com.cohelm.base.mail.MailRequest;
import com.cohelm.base.mail.MailSection;
import com.cohelm.base.mail.PublicAddress;
import com.cohelm.program.ProgramService;
import com.cohelm.security.CurrentUser;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one person's digest, signed in as them (see {@link RunAs}): their unread notifications of the
 * kinds they want in this digest, made since their previous one, and, in their most frequent digest, what
 * is waiting on them and on the other side. Empty when there is nothing to say. On a Monday the daily and
 * the weekly digest make one mail (decision 0026).
 */
@Component
class DigestComposer {

    private static final int NOTIFICATION_LIMIT = 50;

    private final NotificationRepository notifications;
    private final NotificationSettingsRepository settings;
    private final ProgramService programService;
    private final WaitingOnYouQuery waitingOnYou;
    private final PublicAddress publicAddress;

    DigestComposer(NotificationRepository notifications, NotificationSettingsRepository settings,
            ProgramService programService, WaitingOnYouQuery waitingOnYou, PublicAddress publicAddress) {
        this.notifications = notifications;
        this.settings = settings;
        this.programService = programService;
        this.waitingOnYou = waitingOnYou;
        this.publicAddress = publicAddress;
    }

    /**
     * The caller runs this as {@code user}. One mail for all the digests claimed together: on a Monday the
     * daily and the weekly one (decision 0026). It lists each digest's kinds since that digest's previous
     * claim, and is titled as the weekly digest when it carries one the person receives (a kind set to
     * weekly), otherwise as the daily digest.
     */
    @Transactional(readOnly = true)
    public Optional<MailRequest> compose(CurrentUser user, List<DigestPart> parts) {
        var chosen = settings.findById(user.id()).map(NotificationSettings::effective)
                .orElseGet(() -> NotificationSettings.effective(Map.of()));
        var texts = new NotificationTexts(user.locale());
        var sections = new ArrayList<MailSection>();
        var news = new ArrayList<Notification>();
        Set<Long> visible = null;
        for (var part : parts) {
            var kinds = kindsOf(chosen, part.digest());
            if (kinds.isEmpty()) {
                continue;
            }
            if (visible == null) {
                visible = programService.visibleProgramNames().keySet();
            }
            var readable = visible;
            notifications.findForDigest(user.id(), kinds, part.since(), PageRequest.of(0, NOTIFICATION_LIMIT)).stream()
                    .filter(n -> readable.contains(n.getProgramId()) && (user.isSupplier() || !n.isSupplierOnly()))
                    .forEach(news::add);
        }
        var lines = news.stream().sorted(Comparator.comparing(Notification::getId)).limit(NOTIFICATION_LIMIT)
                .map(Notification::toView)
                .map(n -> new MailSection.Line(texts.sentence(n), publicAddress.url(n.link()))).toList();
        if (!lines.isEmpty()) {
            sections.add(new MailSection(texts.get("notifications.digest.news"), lines));
        }
        if (parts.stream().anyMatch(part -> carriesWaitingOnYou(chosen, part.digest()))) {
            var waiting = waitingOnYou.forCurrentUser();
            addWaiting(sections, texts.get("notifications.digest.you-owe"), waiting.youOwe(), texts, user);
            addWaiting(sections, texts.get("notifications.digest.owed-to-you"), waiting.owedToYou(), texts, user);
        }
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        var key = "mail.digest." + titledAs(chosen, parts).name().toLowerCase(java.util.Locale.ROOT);
        return Optional.of(new MailRequest(user.email(), user.locale(), key, publicAddress.url("notifications"),
                List.of(user.displayName())).withSections(sections));
    }

    /** The kinds the person wants in this digest. */
    static List<NotificationKind> kindsOf(Map<NotificationKind, EmailDelivery> chosen, Digest digest) {
        return chosen.entrySet().stream().filter(e -> e.getValue() == digest.delivery()).map(Map.Entry::getKey)
                .sorted().toList();
    }

    /**
     * The weekly digest when it is among the parts and the person receives one (or it is the only part);
     * otherwise the daily digest: someone who chose nothing weekly gets their usual daily mail on Mondays.
     */
    static Digest titledAs(Map<NotificationKind, EmailDelivery> chosen, List<DigestPart> parts) {
        var weekly = parts.stream().anyMatch(part -> part.digest() == Digest.WEEKLY);
        var daily = parts.stream().anyMatch(part -> part.digest() == Digest.DAILY);
        return weekly && (!daily || chosen.containsValue(EmailDelivery.WEEKLY)) ? Digest.WEEKLY : Digest.DAILY;
    }

    /** The "waiting on you" lists go into the person's most frequent digest only, not into both. */
    static boolean carriesWaitingOnYou(Map<NotificationKind, EmailDelivery> chosen, Digest digest) {
        var daily = chosen.containsValue(EmailDelivery.DAILY);
        return digest == Digest.DAILY ? daily : !daily && chosen.containsValue(EmailDelivery.WEEKLY);
    }

    private void addWaiting(List<MailSection> sections, String heading, List<WaitingItem> items,
            NotificationTexts texts, CurrentUser user) {
        if (items.isEmpty()) {
            return;
        }
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(user.locale());
        sections.add(new MailSection(heading, items.stream().map(item -> new MailSection.Line(
                item.due() == null
                        ? texts.get("notifications.waiting." + item.kind().name(), item.title(), item.programName())
                        : texts.get("notifications.waiting." + item.kind().name() + ".due", item.title(),
                                item.programName(), dates.format(item.due())),
                publicAddress.url(item.link()))).toList()));
    }
}
