package com.cohelm.security;

import com.cohelm.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    private static final long ONE_YEAR_IN_SECONDS = 365L * 24 * 60 * 60;

    /**
     * @param publicUrl the address people use; when it is https, every answer says "HTTPS only" (HSTS) and
     *                  the session cookie is Secure, even when the TLS-terminating proxy forwards no
     *                  scheme (decision 0029)
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, KnownDevices devices,
            SessionCutoffs cutoffs, Clock clock, @Value("${cohelm.public-url:}") String publicUrl) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles.css", "/icons/**", "/images/**", "/favicon.ico").permitAll()
                // Calendar apps fetch feeds without a session: the secret token in the address is checked
                // by the schedule feature, which also re-applies the owner's program access on each fetch.
                .requestMatchers(HttpMethod.GET, "/calendar/*").permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.DEFAULT))
                // Without an https public address, Spring's default stays: HSTS on requests that came over TLS.
                .httpStrictTransportSecurity(hsts -> {
                    hsts.maxAgeInSeconds(ONE_YEAR_IN_SECONDS).includeSubDomains(true);
                    if (servedOverHttps(publicUrl)) {
                        hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
                    }
                })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // Vaadin writes its bootstrap page past Spring's response wrapper; headers written only
                // "on commit" would be lost there, so write them as the request comes in.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.addFilterBefore(new SameOriginSignInFilter("/login"), UsernamePasswordAuthenticationFilter.class);
        // Throttled sign-ins are refused before their password is checked (decisions 0012 and 0030).
        http.addFilterBefore(new SignInThrottleFilter("/login", throttle, devices, servedOverHttps(publicUrl)),
                UsernamePasswordAuthenticationFilter.class);
        // The session id is renewed at sign-in by Spring Security's default session fixation protection. The
        // session keeps when its person signed in, and each request of a session whose person's sessions were
        // ended since, on whichever node, ends it before it is served (decision 0039).
        http.sessionManagement(sessions -> sessions.addSessionAuthenticationStrategy(
                (authentication, request, response) -> SignedInAt.stamp(request.getSession(), clock.instant())));
        http.addFilterAfter(new EndedSessionFilter(cutoffs), SecurityContextHolderFilter.class);
        // Vaadin denies addresses that match no route outright; signed-in people should get CoHelm's
        // own not-found page there, the same one an invisible program shows.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .anyRequest(any -> any.authenticated()));
        return http.build();
    }

    /** Behind a TLS-terminating proxy, the session cookie is Secure whether or not the proxy says so. */
    @Bean
    ServletContextInitializer secureSessionCookie(@Value("${cohelm.public-url:}") String publicUrl) {
        return servletContext -> {
            if (servedOverHttps(publicUrl)) {
                servletContext.getSessionCookieConfig().setSecure(true);
            }
        };
    }

    static boolean servedOverHttps(String publicUrl) {
        return publicUrl != null && publicUrl.strip().toLowerCase(java.util.Locale.ROOT).startsWith("https://");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
