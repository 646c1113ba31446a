package com.cohelm.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * For tests that read the mails CoHelm sends: Spring Mail points at {@link TestMailServer}, so the dev
 * mailbox is off. Used with {@link CohelmSpringTest}. Each class gets an application of its own, closed
 * after it (see {@link TestMailServer} for why it cannot stay open next to the shared one).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestMailServer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=${" + TestMailServer.PORT_PROPERTY + "}",
        "cohelm.mail.from=CoHelm <no-reply@cohelm.test>"})
public @interface MailServerTest {
}
