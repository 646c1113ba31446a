package com.cohelm.schedule.ui;

import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.schedule.ProposalView;
import com.cohelm.security.Side;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.ZoneId;
import org.springframework.security.access.AccessDeniedException;

/**
 * The re-baseline proposal waiting for an answer: who proposed what and why, and, for whoever may, accept and
 * decline with a reason, or withdraw. The page makes the service calls; this card shows their refusals at the
 * reason field, and a warning when the proposal changed meanwhile.
 */
final class ProposalCard extends Composite<Card> {

    /** What the buttons do; the page's service calls. */
    interface Answers extends Serializable {

        void accept(String reason);

        void decline(String reason);

        void withdraw();
    }

    private final Card card;
    private final SerializableRunnable refresh;

    /** @param refresh shows the schedule again once the proposal is decided, or changed by someone else */
    ProposalCard(ProposalView proposal, ZoneId zone, Answers answers, SerializableRunnable refresh) {
        this.refresh = refresh;
        card = Cards.titled(getTranslation("rebaseline.pending"));
        card.addClassName("proposal-card");
        card.add(new Paragraph(getTranslation("rebaseline.by", proposal.proposedBy(),
                getTranslation("side." + proposal.proposerSide().name()),
                Formats.dateTime(proposal.proposedAt(), getLocale(), zone))));
        var reason = new Paragraph(proposal.reason());
        reason.addClassName("proposal-reason");
        card.add(reason);
        var items = new UnorderedList();
        proposal.items().forEach(item -> items.add(new ListItem(getTranslation("rebaseline.item", item.title(),
                Formats.date(item.currentBaseline(), getLocale()), Formats.date(item.proposedBaseline(), getLocale())))));
        card.add(items);
        if (proposal.canDecide()) {
            var comment = new TextArea(getTranslation("rebaseline.decision-reason"));
            TextLimit.of(comment, 2000);
            comment.setWidthFull();
            var accept = new Button(getTranslation("rebaseline.accept"),
                    e -> decide(() -> answers.accept(comment.getValue()), comment));
            accept.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
            var decline = new Button(getTranslation("rebaseline.decline"), e -> {
                if (comment.getValue().isBlank()) {
                    comment.setErrorMessage(getTranslation("rebaseline.error.decline-reason"));
                    comment.setInvalid(true);
                    return;
                }
                decide(() -> answers.decline(comment.getValue()), comment);
            });
            decline.addThemeVariants(ButtonVariant.ERROR);
            card.add(comment, new Div(accept, decline));
        } else {
            var decidingSide = proposal.proposerSide() == Side.SUPPLIER ? Side.CUSTOMER : Side.SUPPLIER;
            card.add(new Paragraph(getTranslation("rebaseline.waiting", getTranslation("side." + decidingSide.name()))));
        }
        if (proposal.canWithdraw()) {
            var withdraw = new Button(getTranslation("rebaseline.withdraw"), e -> decide(answers::withdraw, null));
            withdraw.addThemeVariants(ButtonVariant.TERTIARY);
            card.add(withdraw);
        }
    }

    @Override
    protected Card initContent() {
        return card;
    }

    private void decide(Runnable decision, TextArea comment) {
        if (comment != null && !TextLimit.of(comment).within()) {
            return;
        }
        try {
            decision.run();
            refresh.run();
        } catch (InvalidInputException e) {
            if (comment != null) {
                comment.setErrorMessage(ServiceErrors.message(this, e));
                comment.setInvalid(true);
            }
        } catch (ConstraintViolationException e) {
            if (comment == null) {
                throw e;
            }
            ServiceErrors.show(this, e, comment);
        } catch (ConcurrentEditException | AccessDeniedException e) {
            Notification.show(getTranslation("rebaseline.changed"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.WARNING);
            refresh.run();
        }
    }
}
