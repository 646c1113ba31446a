package com.cohelm.base.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The address people reach CoHelm at, for links in mails. Taken from {@code cohelm.public-url}, never
 * from a request's Host header: an attacker asking for a password reset could otherwise have the
 * victim's link point to their own site. Unset (development), it is this machine's local address.
 */
@Component
public class PublicAddress {

    private final String configured;
    private volatile int localPort = 8080;

    PublicAddress(@Value("${cohelm.public-url:}") String configured) {
        this.configured = StringUtils.hasText(configured) ? configured.strip().replaceAll("/+$", "") : null;
    }

    @EventListener
    void onWebServer(WebServerInitializedEvent event) {
        localPort = event.getWebServer().getPort();
    }

    /** The absolute address of a page, e.g. {@code url("invitation/abc")}. */
    public String url(String path) {
        var base = configured != null ? configured : "http://localhost:" + localPort;
        return base + "/" + path.replaceAll("^/+", "");
    }
}
