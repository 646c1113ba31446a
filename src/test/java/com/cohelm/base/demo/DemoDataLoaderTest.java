package com.cohelm.base.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.CohelmSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

@CohelmSpringTest
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    JdbcClient jdbc;

    @Test
    void demoDataMatchesTheDesign() {
        assertThat(jdbc.sql("select name from organization where kind = 'SUPPLIER'").query(String.class).list())
                .containsExactly("Northwind Test Systems");
        assertThat(jdbc.sql("select name from organization where kind = 'CUSTOMER'").query(String.class).list())
                .contains("Brightline Consumer Electronics", "Verdant Clean Energy", "Calloway Motor Works");
        assertThat(jdbc.sql("select email from user_account").query(String.class).list()).contains(
                "admin@northwind.example", "sam@northwind.example", "bea@brightline.example",
                "victor@verdant.example", "olivia@brightline.example");
    }

    @Test
    void aSecondStartDuplicatesNothing() {
        var before = counts();
        loader.run(new DefaultApplicationArguments());
        assertThat(counts()).isEqualTo(before);
    }

    private String counts() {
        return jdbc.sql("select concat((select count(*) from organization), '/', (select count(*) from user_account),"
                + " '/', (select count(*) from program), '/', (select count(*) from program_member))")
                .query(String.class).single();
    }
}
