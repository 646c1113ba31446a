package com.cohelm.account.ui;

import com.cohelm.base.ui.Routes;
import org.springframework.modulith.NamedInterface;

/**
 * The addresses of the administration pages of accounts that the app shell links to.
 * Its views stay package-private: a page of another module links here by type, so a renamed route fails to
 * compile. Only modules that may depend on account use it (the lower module never knows a higher one's pages).
 */
@NamedInterface("pages")
public final class AccountPages {

    private AccountPages() {
    }

    /** The users, {@code admin/users}. */
    public static String users() {
        return Routes.address(UsersView.class);
    }

    /** The organizations, {@code admin/organizations}. */
    public static String organizations() {
        return Routes.address(OrganizationsView.class);
    }
}
