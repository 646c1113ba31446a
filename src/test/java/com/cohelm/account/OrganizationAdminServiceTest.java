package com.cohelm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.support.CohelmServiceTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.HttpSignIn;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestPeople;
import com.cohelm.support.TestSession.SignedInAs;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Organizations and their logos on a real MariaDB. */
@CohelmServiceTest
class OrganizationAdminServiceTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] GIF = "GIF89a....".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    OrganizationAdminService organizations;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    TestPeople testPeople;
    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void onlyPngAndJpegRecognisedFromTheBytesBecomeALogo() {
        var customer = testPeople.customer("Logo");
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        var id = customer.organizationId();

        assertThatThrownBy(() -> organizations.replaceLogo(id, SVG)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("organizations.error.logo-type");
        assertThatThrownBy(() -> organizations.replaceLogo(id, GIF))
                .hasMessageContaining("organizations.error.logo-type");
        assertThatThrownBy(() -> organizations.replaceLogo(id, new byte[0]))
                .hasMessageContaining("organizations.error.logo-type");
        assertThat(organizations.logo(id)).isEmpty();

        var tooLarge = Arrays.copyOf(PNG, (int) organizations.maxLogoSize().toBytes() + 1);
        assertThatThrownBy(() -> organizations.replaceLogo(id, tooLarge))
                .hasMessageContaining("organizations.error.logo-size");

        organizations.replaceLogo(id, JPEG);
        assertThat(organizations.logo(id)).hasValueSatisfying(logo -> {
            assertThat(logo.contentType()).isEqualTo("image/jpeg");
            assertThat(logo.fileName()).isEqualTo("logo.jpg");
        });
        organizations.replaceLogo(id, PNG);
        assertThat(organizations.logo(id)).hasValueSatisfying(logo -> {
            assertThat(logo.contentType()).isEqualTo("image/png");
            assertThat(logo.bytes()).isEqualTo(PNG);
        });
        // No file name is stored anywhere: the table has none.
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'organization_logo'"
                + " and column_name like '%name%'").query(Long.class).single()).isZero();

        // The customer's people see it in their header; another customer's people do not.
        signIn.as(customer.member());
        assertThat(accounts.hasOrganizationLogo()).isTrue();
        assertThat(accounts.myOrganizationLogo()).isPresent();
        signIn.as(DemoLogins.CUSTOMER_MEMBER);
        assertThat(accounts.hasOrganizationLogo()).isFalse();

        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        organizations.removeLogo(id);
        signIn.as(customer.member());
        assertThat(accounts.hasOrganizationLogo()).isFalse();
        assertThat(jdbc.sql("select count(*) from activity_event where kind = 'ORGANIZATION_LOGO_CHANGED'"
                + " and subject_id = ?").param(id).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void onlySupplierAdminsManageOrganizations() {
        for (var login : new String[] {DemoLogins.CUSTOMER_ADMIN, DemoLogins.SUPPLIER_MEMBER}) {
            signIn.as(login);
            assertThatThrownBy(() -> organizations.create("Sneaky Ltd")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> organizations.replaceLogo(1, PNG)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void archivingACustomerEndsItsPeoplesSessionsAndTheSupplierCannotBeArchived() {
        var customer = testPeople.customer("Archive");
        var browser = new HttpSignIn(port);
        browser.signIn(customer.member(), DemoLogins.PASSWORD);
        assertThat(browser.isSignedIn()).isTrue();

        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        var archived = organizations.archive(customer.organizationId());
        assertThat(archived.archived()).isTrue();
        assertThat(browser.isSignedIn()).isFalse();
        assertThat(new HttpSignIn(port).signIn(customer.member(), DemoLogins.PASSWORD)).contains("error");

        organizations.restore(customer.organizationId());
        assertThat(new HttpSignIn(port).signIn(customer.member(), DemoLogins.PASSWORD)).doesNotContain("error");

        long supplier = demo.organizationId("Northwind Test Systems");
        assertThatThrownBy(() -> organizations.archive(supplier))
                .hasMessageContaining("organizations.error.supplier-archived");
        assertThatThrownBy(() -> organizations.archive(999_999_999)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    @SignedInAs(DemoLogins.SUPPLIER_ADMIN)
    void namesAreRequiredAndUniqueAndARenameConflictKeepsBothVersions() {
        assertThatThrownBy(() -> organizations.create("  ")).hasMessageContaining("validation.required");
        assertThatThrownBy(() -> organizations.create("brightline consumer electronics"))
                .hasMessageContaining("organizations.error.name-taken");
        var created = organizations.create("Quayside Instruments " + System.nanoTime());
        var renamed = organizations.rename(created.id(), created.version(), created.name() + " AB");
        assertThatThrownBy(() -> organizations.rename(created.id(), created.version(), "Stale name"))
                .isInstanceOfSatisfying(com.cohelm.base.ConcurrentEditException.class,
                        e -> assertThat(((OrganizationRow) e.current()).name()).isEqualTo(renamed.name()));
    }

    /** Issue 28 §5: an organization's name is stored without the right-to-left override it was typed with. */
    @Test
    @SignedInAs(DemoLogins.SUPPLIER_ADMIN)
    void anOrganizationsNameLosesInvisibleControls() {
        var created = organizations.create("Acme \u202Ednalkroy\u202C " + System.nanoTime());
        assertThat(created.name()).startsWith("Acme dnalkroy ").doesNotContain("\u202E", "\u202C");
        assertThat(jdbc.sql("select name from organization where id = ?").param(created.id()).query(String.class)
                .single()).isEqualTo(created.name());
        assertThatThrownBy(() -> organizations.create("\u2066\u2069")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("name");
    }
}
