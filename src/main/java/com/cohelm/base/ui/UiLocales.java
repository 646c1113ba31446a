package com.cohelm.base.ui;

import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every new UI speaks the signed-in person's language: the one chosen in this session, else their
 * saved preference. Before sign-in Vaadin matches the browser's language to the supported ones.
 */
@Component
class UiLocales implements VaadinServiceInitListener {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);
    private static final String LOCALE_ATTRIBUTE = UiLocales.class.getName() + ".locale";
    private static final String SCHEME_ATTRIBUTE = UiLocales.class.getName() + ".colorScheme";

    private final CurrentUserService currentUser;

    UiLocales(CurrentUserService currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            var ui = uiInit.getUI();
            var session = ui.getSession();
            var chosen = (Locale) session.getAttribute(LOCALE_ATTRIBUTE);
            if (chosen != null) {
                ui.setLocale(chosen);
            } else {
                ui.setLocale(currentUser.find().map(user -> supported(user.locale()))
                        .orElseGet(UiLocales::browserLanguage));
            }
            // The bootstrap page names one language for all; screen readers need the one shown.
            ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
            var scheme = (ColorScheme.Value) session.getAttribute(SCHEME_ATTRIBUTE);
            if (scheme != null) {
                ui.getPage().setColorScheme(scheme);
            }
        });
    }

    static void remember(Locale locale) {
        VaadinSession.getCurrent().setAttribute(LOCALE_ATTRIBUTE, locale);
    }

    /** The appearance chosen in this session; following the system until one is chosen. */
    static ColorScheme.Value colorScheme() {
        var chosen = (ColorScheme.Value) VaadinSession.getCurrent().getAttribute(SCHEME_ATTRIBUTE);
        return chosen == null ? ColorScheme.Value.LIGHT_DARK : chosen;
    }

    static void rememberColorScheme(ColorScheme.Value value) {
        VaadinSession.getCurrent().setAttribute(SCHEME_ATTRIBUTE, value);
    }

    /** Before sign-in: the browser's preferred language among those CoHelm speaks, else English. */
    private static Locale browserLanguage() {
        var request = VaadinRequest.getCurrent();
        return bestMatch(request == null ? null : request.getHeader("Accept-Language"));
    }

    /** The supported language that best matches an {@code Accept-Language} header; English otherwise. */
    static Locale bestMatch(String header) {
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            var match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    private static Locale supported(Locale locale) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }
}
