package com.cohelm.account.ui;

import com.cohelm.security.Appearance;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Every new UI speaks the signed-in person's language and shows their light or dark appearance: the
 * ones chosen in this session, else their saved preferences. Before sign-in it speaks the browser's
 * language if CoHelm does, else English.
 */
@Component
@NamedInterface("ui")
public class UiPreferences implements VaadinServiceInitListener {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);
    private static final String LOCALE_ATTRIBUTE = UiPreferences.class.getName() + ".locale";
    private static final String APPEARANCE_ATTRIBUTE = UiPreferences.class.getName() + ".appearance";

    private final CurrentUserService currentUser;

    UiPreferences(CurrentUserService currentUser) {
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
                        .orElseGet(UiPreferences::browserLanguage));
            }
            // The bootstrap page names one language for all; screen readers need the one shown.
            ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
            currentUser.find().ifPresent(user -> ui.getPage().setColorScheme(colorScheme(appearance(user))));
        });
    }

    /** The languages CoHelm speaks. */
    public static List<Locale> languages() {
        return SUPPORTED;
    }

    /** Makes this session speak the language from now on (the saved preference applies at next sign-in). */
    public static void remember(Locale locale) {
        VaadinSession.getCurrent().setAttribute(LOCALE_ATTRIBUTE, locale);
    }

    /** The appearance chosen in this session, else the one saved with the account. */
    public static Appearance appearance(CurrentUser user) {
        var chosen = (Appearance) VaadinSession.getCurrent().getAttribute(APPEARANCE_ATTRIBUTE);
        return chosen == null ? user.appearance() : chosen;
    }

    public static void rememberAppearance(Appearance appearance) {
        VaadinSession.getCurrent().setAttribute(APPEARANCE_ATTRIBUTE, appearance);
    }

    public static ColorScheme.Value colorScheme(Appearance appearance) {
        return switch (appearance) {
            case LIGHT -> ColorScheme.Value.LIGHT;
            case DARK -> ColorScheme.Value.DARK;
            case SYSTEM -> ColorScheme.Value.LIGHT_DARK;
        };
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
