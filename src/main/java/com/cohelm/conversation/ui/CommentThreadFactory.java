package com.cohelm.conversation.ui;

import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.CommentThreads;
import com.cohelm.conversation.ConversationService;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import org.springframework.stereotype.Service;

/** Builds thread panels with the services they need, for pages of every feature. */
@Service
class CommentThreadFactory implements CommentThreads {

    private final ConversationService conversations;
    private final CurrentUserService currentUser;

    CommentThreadFactory(ConversationService conversations, CurrentUserService currentUser) {
        this.conversations = conversations;
        this.currentUser = currentUser;
    }

    @Override
    public Component panel(CommentSubject subject, Long focus) {
        return new CommentThreadPanel(conversations, subject, currentUser.require().timeZone(), focus);
    }
}
