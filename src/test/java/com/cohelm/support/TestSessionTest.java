package com.cohelm.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.TestPrograms.TestProgram;
import com.cohelm.support.TestSession.NewProgram;
import com.cohelm.support.TestSession.SignedInAs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@link TestSession}: each test gets a program of its own and the person named, and the next starts signed out. */
@CohelmServiceTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestSessionTest {

    private static final List<Long> PROGRAMS_SEEN = new ArrayList<>();

    @Autowired
    JdbcClient jdbc;

    @NewProgram("Session")
    TestProgram program;

    @Test
    @Order(1)
    @SignedInAs(DemoLogins.SUPPLIER_MEMBER)
    void aTestStartsWithItsProgramAndThePersonItNames() {
        PROGRAMS_SEEN.add(program.id());
        assertThat(jdbc.sql("select name from program where id = ?").param(program.id()).query(String.class).single())
                .startsWith("Session ");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName())
                .isEqualTo(DemoLogins.SUPPLIER_MEMBER);
    }

    @Test
    @Order(2)
    void theNextTestStartsSignedOutWithAProgramOfItsOwn() {
        PROGRAMS_SEEN.add(program.id());
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(PROGRAMS_SEEN).doesNotHaveDuplicates().hasSize(2);
    }
}
