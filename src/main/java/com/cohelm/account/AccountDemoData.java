package com.cohelm.account;

import com.cohelm.base.demo.DemoDataContributor;
import com.cohelm.security.Role;
import com.cohelm.security.Side;
import java.time.Clock;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The supplier, its three customers and their people (DESIGN.md, "Demo data"). */
@Component
@Order(10)
class AccountDemoData implements DemoDataContributor {

    static final String DEMO_PASSWORD = "accord-demo";

    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountDemoData(OrganizationRepository organizations, UserAccountRepository users,
            PasswordEncoder passwordEncoder, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public void contribute() {
        var northwind = organization("Northwind Test Systems", Side.SUPPLIER);
        var brightline = organization("Brightline Consumer Electronics", Side.CUSTOMER);
        var verdant = organization("Verdant Clean Energy", Side.CUSTOMER);
        var calloway = organization("Calloway Motor Works", Side.CUSTOMER);

        // One hash for all: every demo login shares the password, and hashing is deliberately slow.
        var hash = passwordEncoder.encode(DEMO_PASSWORD);
        person(northwind, "admin@northwind.example", "Nora Whitfield", "VP Customer Success", Role.ADMIN, hash);
        person(northwind, "sam@northwind.example", "Sam Okafor", "Program Manager", Role.MEMBER, hash);
        person(northwind, "priya@northwind.example", "Priya Raman", "Account Manager", Role.MEMBER, hash);
        person(northwind, "tomas@northwind.example", "Tomás Ferreira", "Test Engineer", Role.MEMBER, hash);
        person(brightline, "bea@brightline.example", "Bea Lindqvist", "Director of Manufacturing Test",
                Role.ADMIN, hash);
        person(brightline, "olivia@brightline.example", "Olivia Chen", "Chief Operating Officer", Role.VIEWER,
                hash);
        person(brightline, "ben@brightline.example", "Ben Adeyemi", "Test Fixture Lead", Role.MEMBER, hash);
        person(verdant, "victor@verdant.example", "Victor Alvarez", "Pilot Line Engineer", Role.MEMBER, hash);
        person(verdant, "greta@verdant.example", "Greta Novak", "Head of Operations", Role.ADMIN, hash);
        person(calloway, "carl@calloway.example", "Carl Brennan", "Workshop Systems Director", Role.ADMIN, hash);
        person(calloway, "maya@calloway.example", "Maya Singh", "Service Operations Manager", Role.MEMBER, hash);
    }

    private Organization organization(String name, Side kind) {
        return organizations.save(new Organization(name, kind, clock.instant()));
    }

    private void person(Organization organization, String email, String name, String title, Role role,
            String hash) {
        users.save(new UserAccount(organization, email, name, title, role, hash, clock.instant()));
    }
}
