package com.cohelm.shell;

import com.cohelm.base.mail.DevMailbox;
import com.cohelm.base.mail.Mail;
import com.cohelm.base.mail.Mailer;
import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Formats;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.regex.Pattern;

/**
 * The mails CoHelm would have sent, while no SMTP server is configured (the embedded development
 * default), newest first, with their links clickable: a newcomer follows an invitation end to end.
 * With SMTP configured the page does not exist.
 */
@Route("admin/mailbox")
@RolesAllowed(Roles.SUPPLIER_ADMIN)
public class DevMailboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final Mailer mailer;
    private final DevMailbox mailbox;
    private final CurrentUserService currentUser;

    DevMailboxView(Mailer mailer, DevMailbox mailbox, CurrentUserService currentUser) {
        this.mailer = mailer;
        this.mailbox = mailbox;
        this.currentUser = currentUser;
        addClassName("dev-mailbox-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!mailer.usesDevMailbox()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new Paragraph(getTranslation("mailbox.text")));
        var mails = mailbox.latest();
        if (mails.isEmpty()) {
            add(new Paragraph(getTranslation("mailbox.empty")));
        }
        mails.forEach(mail -> add(card(mail)));
    }

    private Component card(Mail mail) {
        var zone = currentUser.require().timeZone();
        var meta = new Paragraph(getTranslation("mailbox.meta", mail.to(),
                Formats.dateTime(mail.createdAt(), getLocale(), zone)));
        meta.addClassName("mail-meta");
        var body = new Pre(mail.text());
        body.addClassName("mail-text");
        var links = new Div();
        links.addClassName("mail-links");
        var matcher = LINK.matcher(mail.text());
        while (matcher.find()) {
            var anchor = new Anchor(matcher.group(), matcher.group());
            links.add(anchor);
        }
        var card = Cards.section(mail.subject(), meta, body, links);
        card.addClassName("mail-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailbox.title") + " · CoHelm";
    }
}
