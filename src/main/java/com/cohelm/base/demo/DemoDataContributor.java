package com.cohelm.base.demo;

/**
 * A feature's share of the demo data. Contributors run in {@link org.springframework.core.annotation.Order}
 * within one transaction, only on an empty database and only where demo data is enabled.
 */
public interface DemoDataContributor {

    void contribute();
}
