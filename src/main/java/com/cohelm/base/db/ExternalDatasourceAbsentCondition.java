package com.cohelm.base.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when no {@code spring.datasource.url} is configured: CoHelm then runs on its embedded MariaDB.
 */
public final class ExternalDatasourceAbsentCondition implements Condition {

    public static final String DATASOURCE_URL = "spring.datasource.url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty(DATASOURCE_URL));
    }
}
