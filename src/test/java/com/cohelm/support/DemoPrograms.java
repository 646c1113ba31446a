package com.cohelm.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Looks up demo programs' ids by name, for tests that address them by URL or by service call. */
@Component
public class DemoPrograms {

    private final JdbcClient jdbc;

    DemoPrograms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long id(String programName) {
        return jdbc.sql("select id from program where name = ?").param(programName).query(Long.class).single();
    }

    public long personId(String email) {
        return jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
    }

    public long organizationId(String name) {
        return jdbc.sql("select id from organization where name = ?").param(name).query(Long.class).single();
    }
}
