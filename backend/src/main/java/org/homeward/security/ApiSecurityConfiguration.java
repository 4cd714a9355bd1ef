package org.homeward.security;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The partner API and the operations endpoints: stateless HTTP Basic. The views have their own chain (in the ui
 * module) with form login and sessions.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class ApiSecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The signed-in view sessions, by user (see {@link SignedInSessions}); kept current by the session events. */
    @Bean
    org.springframework.security.core.session.SessionRegistry sessionRegistry() {
        return new org.springframework.security.core.session.SessionRegistryImpl();
    }

    @Bean
    org.springframework.security.web.session.HttpSessionEventPublisher httpSessionEventPublisher() {
        return new org.springframework.security.web.session.HttpSessionEventPublisher();
    }

    /** Form and HTTP Basic sign-in alike, throttled. */
    @Bean
    ThrottledSignIn throttledSignIn(UserAccounts users, PasswordEncoder passwordEncoder, SignInAttempts attempts) {
        return new ThrottledSignIn(users, passwordEncoder, attempts);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        // pseudonymous reads: the case search and the outcome figures, live or from a snapshot
                        .requestMatchers(HttpMethod.GET, "/api/search").hasAnyRole(Role.OFFICER.name(), Role.MANAGER.name(), Role.EVALUATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/outcomes", "/api/outcomes/*").hasAnyRole(Role.MANAGER.name(), Role.EVALUATOR.name())
                        // portfolio snapshots: built by evaluators and managers; administrators may list and delete them
                        .requestMatchers(HttpMethod.POST, "/api/snapshots").hasAnyRole(Role.EVALUATOR.name(), Role.MANAGER.name())
                        .requestMatchers(HttpMethod.GET, "/api/snapshots", "/api/snapshots/*").hasAnyRole(Role.EVALUATOR.name(), Role.MANAGER.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/snapshots/*").hasAnyRole(Role.EVALUATOR.name(), Role.MANAGER.name(), Role.ADMIN.name())
                        // the pseudonymous state as of a date and the replay; a case's personal details stay with its officers (checked by the controller)
                        .requestMatchers(HttpMethod.GET, "/api/cases/*", "/api/cases/*/replay",
                                "/api/cases/*/replay/report").hasAnyRole(Role.OFFICER.name(), Role.MANAGER.name(), Role.EVALUATOR.name())
                        .anyRequest().hasRole(Role.OFFICER.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No session and no cookie: a forged cross-site request carries no credentials to abuse.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operationsSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
