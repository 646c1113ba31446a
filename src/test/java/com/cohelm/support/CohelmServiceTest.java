package com.cohelm.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of services on the whole application ({@link CohelmSpringTest}, the same cached context) with the usual
 * session set-up of {@link TestSession}: a new program in each {@code @NewProgram} field, the {@code @SignedInAs}
 * person signed in, and nobody signed in after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@CohelmSpringTest
@ExtendWith(TestSession.class)
public @interface CohelmServiceTest {
}
