package com.cohelm.account;

import com.cohelm.base.PlainText;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.security.Role;
import com.cohelm.security.Side;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * A production deployment starts empty: the first start creates the supplier organization and its
 * first admin from {@code COHELM_ADMIN_EMAIL}, {@code COHELM_ADMIN_PASSWORD} and
 * {@code COHELM_SUPPLIER_NAME}, and refuses to start without them or with a weak password, rather than
 * serve a portal nobody can sign in to. Runs after the demo data, which makes it a no-op there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final UserAccountRepository users;
    private final OrganizationRepository organizations;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ActivityRecorder activity;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String email;
    private final String password;
    private final String name;
    private final String supplierName;

    FirstAdminBootstrap(UserAccountRepository users, OrganizationRepository organizations,
            PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, ActivityRecorder activity,
            TransactionTemplate transaction, Clock clock,
            @Value("${cohelm.admin.email:}") String email,
            @Value("${cohelm.admin.password:}") String password,
            @Value("${cohelm.admin.name:Administrator}") String name,
            @Value("${cohelm.supplier.name:}") String supplierName) {
        this.users = users;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.activity = activity;
        this.transaction = transaction;
        this.clock = clock;
        this.email = email;
        this.password = password;
        this.name = name;
        this.supplierName = supplierName;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (users.count() > 0) {
                return;
            }
            createFirstAdmin();
        });
    }

    private void createFirstAdmin() {
        if (!StringUtils.hasText(email) || !StringUtils.hasText(password) || !StringUtils.hasText(supplierName)) {
            throw new IllegalStateException("CoHelm's database has nobody in it. Set COHELM_SUPPLIER_NAME, "
                    + "COHELM_ADMIN_EMAIL and COHELM_ADMIN_PASSWORD for the first start (see README.md).");
        }
        if (!email.contains("@")) {
            throw new IllegalStateException("COHELM_ADMIN_EMAIL is not an email address");
        }
        passwordPolicy.problem(password, email).ifPresent(problem -> {
            throw new IllegalStateException("COHELM_ADMIN_PASSWORD is refused (" + problem + "): use at least "
                    + PasswordPolicy.MIN_LENGTH + " characters that are not a common password.");
        });
        var supplier = organizations.findByKind(Side.SUPPLIER)
                .orElseGet(() -> organizations.save(new Organization(PlainText.line(supplierName), Side.SUPPLIER,
                        clock.instant())));
        var admin = users.save(new UserAccount(supplier, email, PlainText.line(name), null, Role.ADMIN,
                passwordEncoder.encode(password), clock.instant()));
        activity.record(ActivityEntry.of(ActivityKind.USER_CREATED)
                .actor(null, "bootstrap")
                .organization(supplier.getId())
                .subject("user", admin.getId(), admin.getEmail()));
        log.info("Created the first supplier admin {} for {}", admin.getEmail(), supplier.getName());
    }
}
