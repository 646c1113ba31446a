package com.cohelm.base.demo;

import com.cohelm.base.db.ExternalDatasourceAbsentCondition;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo data loads on the embedded default database only, unless {@code cohelm.demo-data} says
 * otherwise explicitly (the test suite sets it when it runs against an external MariaDB).
 */
public final class DemoDataCondition implements Condition {

    public static final String PROPERTY = "cohelm.demo-data";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var explicit = context.getEnvironment().getProperty(PROPERTY, Boolean.class);
        if (explicit != null) {
            return explicit;
        }
        return new ExternalDatasourceAbsentCondition().matches(context, metadata);
    }
}
