package com.cohelm.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.security.Appearance;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.Role;
import com.cohelm.security.Side;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A remembered access decision serves only its own user, only inside the scope, and nests safely. */
class ProgramReadScopeTest {

    static CurrentUser user(long id) {
        return new CurrentUser(id, 1, "Supplier", Side.SUPPLIER, Role.MEMBER, "u" + id + "@example.com", "U" + id,
                Locale.ENGLISH, ZoneId.of("UTC"), Appearance.SYSTEM);
    }

    @Test
    void remembersForTheSameUserOnlyAndForgetsWhenClosed() {
        var access = new ProgramAccess(7, 2, user(1), true, true, false);
        assertThat(ProgramReadScope.current()).isNull();
        try (var scope = ProgramReadScope.open()) {
            scope.remember(access);
            assertThat(ProgramReadScope.current()).isSameAs(scope);
            assertThat(scope.access(1, 7)).isSameAs(access);
            assertThat(scope.access(2, 7)).isNull();
            assertThat(scope.access(1, 8)).isNull();
            try (var inner = ProgramReadScope.open()) {
                assertThat(inner.access(1, 7)).isNull();
            }
            assertThat(ProgramReadScope.current()).isSameAs(scope);
        }
        assertThat(ProgramReadScope.current()).isNull();
    }
}
