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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one person's digest, signed in as them (see {@link RunAs}): their unread notifications of the
 * kinds they want in this digest, made since their previous one, and, in their most frequent digest, what
 * is waiting on them and on the other side. Empty when there is nothing to say.
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

    /** The caller runs this as {@code user}. */
    @Transactional(readOnly = true)
    public Optional<MailRequest> compose(CurrentUser user, Digest digest, Instant since) {
        var chosen = settings.findById(user.id()).map(NotificationSettings::effective)
                .orElseGet(() -> NotificationSettings.effective(Map.of()));
        var kinds = chosen.entrySet().stream().filter(e -> e.getValue() == digest.delivery()).map(Map.Entry::getKey)
                .toList();
        var texts = new NotificationTexts(user.locale());
        var sections = new ArrayList<MailSection>();
        if (!kinds.isEmpty()) {
            var visible = programService.visibleProgramNames().keySet();
            var lines = notifications.findForDigest(user.id(), kinds, since, PageRequest.of(0, NOTIFICATION_LIMIT))
                    .stream()
                    .filter(n -> visible.contains(n.getProgramId()) && (user.isSupplier() || !n.isSupplierOnly()))
                    .map(Notification::toView)
                    .map(n -> new MailSection.Line(texts.sentence(n), publicAddress.url(n.link()))).toList();
            if (!lines.isEmpty()) {
                sections.add(new MailSection(texts.get("notifications.digest.news"), lines));
            }
        }
        if (carriesWaitingOnYou(chosen, digest)) {
            var waiting = waitingOnYou.forCurrentUser();
            addWaiting(sections, texts.get("notifications.digest.you-owe"), waiting.youOwe(), texts, user);
            addWaiting(sections, texts.get("notifications.digest.owed-to-you"), waiting.owedToYou(), texts, user);
        }
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        var key = "mail.digest." + digest.name().toLowerCase(java.util.Locale.ROOT);
        return Optional.of(new MailRequest(user.email(), user.locale(), key, publicAddress.url("notifications"),
                List.of(user.displayName())).withSections(sections));
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
