package com.cohelm.shell;

import com.cohelm.account.ui.AccountPages;
import com.cohelm.base.ui.Navigation;
import com.cohelm.account.ui.UiPreferences;
import com.cohelm.account.ui.Logos;
import com.cohelm.account.AccountService;
import com.cohelm.base.mail.Mailer;
import com.cohelm.base.ui.Routes;
import com.cohelm.notification.NotificationBroadcaster;
import com.cohelm.notification.NotificationService;
import com.cohelm.security.Appearance;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Locale;

/**
 * The frame around every signed-in page: navigation by role, whose organization this is (with its
 * logo), and the user menu (language, light or dark, profile, sign out).
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String BRAND_ID = "cohelm-brand";

    private final H1 pageTitle = new H1();
    private final CurrentUserService currentUserService;
    private final AccountService accountService;

    private final Mailer mailer;
    private final NotificationBell bell;

    MainLayout(CurrentUserService currentUserService, AccountService accountService, Mailer mailer,
            NotificationService notifications, NotificationBroadcaster broadcaster) {
        this.currentUserService = currentUserService;
        this.accountService = accountService;
        this.mailer = mailer;
        var user = currentUserService.require();
        setPrimarySection(Section.DRAWER);
        pageTitle.addClassName("page-title");
        bell = new NotificationBell(notifications, broadcaster, user);
        // Landmarks for assistive technology: the navbar is the page's banner, the drawer its navigation,
        // and the page itself is the main landmark (Landmarks). AppLayout's own parts have no roles.
        var header = new Header(new DrawerToggle(), pageTitle, organizationTag(user), bell, userMenu(user));
        header.addClassName("app-header");
        addToNavbar(header);
        addToDrawer(drawer(user));
    }

    /**
     * The brand and the side navigation, inside one navigation landmark named after the brand. The side
     * navigation has no expandable items: Vaadin's expandable item points {@code aria-controls} at an id
     * it does not render (decision 0028), so administration is a second, labelled group instead.
     */
    private Component drawer(CurrentUser user) {
        var brand = brand();
        var groups = new Div(navigation(user));
        if (user.isAdmin()) {
            groups.add(administration(user));
        }
        groups.addClassName("drawer-groups");
        var drawer = new Nav(brand, new Scroller(groups));
        drawer.addClassName("drawer-nav");
        drawer.getElement().setAttribute("aria-labelledby", BRAND_ID);
        return drawer;
    }

    private Component brand() {
        var name = new Span("CoHelm");
        name.setId(BRAND_ID);
        name.addClassName("brand-name");
        var tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        var brand = new Div(name, tagline);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation(CurrentUser user) {
        var nav = group(getTranslation("nav.label"));
        nav.addItem(new SideNavItem(getTranslation("nav.home"), "", VaadinIcon.HOME.create()));
        var programs = new SideNavItem(getTranslation("nav.programs"), "programs", VaadinIcon.HANDSHAKE.create());
        programs.setMatchNested(true);
        nav.addItem(programs);
        nav.addItem(new SideNavItem(getTranslation("nav.my-actions"), "my-actions", VaadinIcon.TASKS.create()));
        if (user.isSupplier()) {
            nav.addItem(new SideNavItem(getTranslation("nav.portfolio"), "portfolio", VaadinIcon.CHART.create()));
        }
        if (user.isSupplierAdmin()) {
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), "audit", VaadinIcon.CLIPBOARD_TEXT.create()));
        }
        return nav;
    }

    /** People for every admin (a customer admin manages their colleagues); the rest for supplier admins. */
    private SideNav administration(CurrentUser user) {
        var admin = group(getTranslation("nav.admin"));
        admin.addItem(new SideNavItem(getTranslation("nav.admin.users"), AccountPages.users(),
                VaadinIcon.USERS.create()));
        if (user.isSupplierAdmin()) {
            admin.addItem(new SideNavItem(getTranslation("nav.admin.organizations"), AccountPages.organizations(),
                    VaadinIcon.BUILDING.create()));
            if (mailer.usesDevMailbox()) {
                admin.addItem(new SideNavItem(getTranslation("nav.admin.mailbox"), Routes.address(DevMailboxView.class),
                        VaadinIcon.ENVELOPE_OPEN.create()));
            }
        }
        return admin;
    }

    /** A labelled group of links: a group, not a landmark of its own, inside the drawer's navigation. */
    private static SideNav group(String label) {
        var group = new SideNav();
        group.setLabel(label);
        group.getElement().setAttribute("role", "group");
        return group;
    }

    private Component organizationTag(CurrentUser user) {
        var side = new Span(getTranslation("side." + user.side().name()));
        side.addClassName("side-tag");
        side.addClassName(user.isSupplier() ? "side-supplier" : "side-customer");
        var tag = new Div();
        if (accountService.hasOrganizationLogo()) {
            tag.add(Logos.image(accountService::myOrganizationLogo,
                    getTranslation("organizations.logo.of", user.organizationName())));
        }
        tag.add(new Span(user.organizationName()), side);
        tag.addClassName("organization-tag");
        return tag;
    }

    private Component userMenu(CurrentUser user) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        var avatar = new Avatar(user.displayName());
        avatar.addClassName("user-avatar");
        var userName = new Span(user.displayName());
        userName.addClassName("user-name");
        var root = menu.addItem(new Div(avatar, userName));
        root.setAriaLabel(getTranslation("menu.user", user.displayName()));
        var sub = root.getSubMenu();

        var language = sub.addItem(getTranslation("menu.language")).getSubMenu();
        for (var locale : UiPreferences.languages()) {
            var name = locale.getDisplayLanguage(locale);
            var label = name.substring(0, 1).toUpperCase(locale) + name.substring(1);
            var item = language.addItem(label, e -> changeLanguage(user, locale));
            item.setCheckable(true);
            item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        var appearance = sub.addItem(getTranslation("menu.appearance")).getSubMenu();
        var current = UiPreferences.appearance(user);
        var appearanceItems = new ArrayList<MenuItem>();
        for (var choice : Appearance.values()) {
            var item = appearance.addItem(getTranslation("menu.appearance." + choice.name().toLowerCase(Locale.ROOT)),
                    e -> {
                        changeAppearance(choice);
                        appearanceItems.forEach(other -> other.setChecked(other == e.getSource()));
                    });
            item.setCheckable(true);
            item.setChecked(choice == current);
            appearanceItems.add(item);
        }
        sub.addSeparator();
        sub.addItem(getTranslation("menu.profile"), e -> UI.getCurrent().navigate("profile"));
        sub.addItem(getTranslation("menu.sign-out"), e -> currentUserService.signOut());
        return menu;
    }

    private void changeLanguage(CurrentUser user, Locale locale) {
        accountService.updatePreferences(locale, user.timeZone());
        UiPreferences.remember(locale);
        UI.getCurrent().getPage().reload();
    }

    private void changeAppearance(Appearance appearance) {
        accountService.updateAppearance(appearance);
        UiPreferences.rememberAppearance(appearance);
        UI.getCurrent().getPage().setColorScheme(UiPreferences.colorScheme(appearance));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var title = getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "";
        pageTitle.setText(title.replace(" · CoHelm", ""));
        bell.refresh();
    }
}
