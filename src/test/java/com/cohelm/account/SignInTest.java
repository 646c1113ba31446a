package com.cohelm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.security.CohelmUserDetails;
import com.cohelm.security.Role;
import com.cohelm.security.Side;
import com.cohelm.support.CohelmSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

@CohelmSpringTest
class SignInTest {

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;

    @Test
    void emailIsMatchedWhateverItsCase() {
        var details = (CohelmUserDetails) userDetailsService.loadUserByUsername("  BEA@Brightline.EXAMPLE ");
        assertThat(details.user().email()).isEqualTo("bea@brightline.example");
        assertThat(details.user().side()).isEqualTo(Side.CUSTOMER);
        assertThat(details.user().role()).isEqualTo(Role.ADMIN);
        assertThat(details.user().organizationName()).isEqualTo("Brightline Consumer Electronics");
        assertThat(details.getAuthorities()).extracting("authority")
                .containsExactlyInAnyOrder("ROLE_CUSTOMER", "ROLE_CUSTOMER_ADMIN");
    }

    @Test
    void passwordsAreStoredWithTheDelegatingEncoder() {
        var hash = jdbc.sql("select password_hash from user_account where email = 'sam@northwind.example'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("accord-demo", hash)).isTrue();
        assertThat(passwordEncoder.matches("accord-demo ", hash)).isFalse();
    }

    @Test
    void theSameEmailCannotBeRegisteredTwiceInAnyCase() {
        var organization = jdbc.sql("select organization_id from user_account where email = 'sam@northwind.example'")
                .query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("insert into user_account (organization_id, email, display_name, role,"
                        + " password_hash, created_at)"
                        + " values (?, 'SAM@northwind.example', 'Sam Two', 'MEMBER', 'x', '2026-01-01 10:00')")
                .param(organization).update())
                .hasMessageContaining("Duplicate");
    }

    @Test
    void onlyOneSupplierOrganizationCanExist() {
        assertThatThrownBy(() -> jdbc.sql("insert into organization (name, kind, created_at)"
                + " values ('Second Supplier', 'SUPPLIER', '2026-01-01 10:00:00')").update())
                .hasMessageContaining("Duplicate");
    }

    @Test
    void unknownPeopleAreNotFound() {
        assertThatThrownBy(() -> userDetailsService.loadUserByUsername("nobody@example.com"))
                .isInstanceOf(UsernameNotFoundException.class);
    }
}
