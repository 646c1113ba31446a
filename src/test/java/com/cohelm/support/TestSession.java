package com.cohelm.support;

import com.cohelm.support.TestPrograms.TestProgram;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The setup every service test repeated, as one JUnit extension ({@link CohelmServiceTest} registers it):
 * before each test, a program of its own ({@link TestPrograms#create}) in each {@link TestProgram} field marked
 * {@link NewProgram}, and the person {@link SignedInAs} names on the test method (else on its class) signed in;
 * after each test, nobody is signed in, whatever the test did.
 *
 * <pre>
 * &#64;CohelmServiceTest
 * class ActionServiceTest {
 *     &#64;NewProgram("Actions")
 *     TestProgram program;
 *
 *     &#64;Test
 *     &#64;SignedInAs(DemoLogins.SUPPLIER_MEMBER)
 *     void ...
 * </pre>
 */
public final class TestSession implements BeforeEachCallback, AfterEachCallback {

    /** A field that gets a new program, with a customer and people of its own, before each test. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface NewProgram {

        /** The start of the program's name; a random tag makes it unique. */
        String value();
    }

    /** The person (an email) signed in when the test starts; the program is made first, by the supplier admin. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface SignedInAs {

        String value();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        var spring = SpringExtension.getApplicationContext(context);
        var test = context.getRequiredTestInstance();
        for (var field : AnnotationSupport.findAnnotatedFields(test.getClass(), NewProgram.class)) {
            if (field.getType() != TestProgram.class) {
                throw new IllegalStateException(field + " is marked @NewProgram but is not a TestProgram");
            }
            var program = spring.getBean(TestPrograms.class).create(field.getAnnotation(NewProgram.class).value());
            ReflectionSupport.makeAccessible(field);
            try {
                field.set(test, program);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), SignedInAs.class)
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), SignedInAs.class))
                .ifPresent(person -> spring.getBean(SignIn.class).as(person.value()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(SignIn.class).out();
    }
}
