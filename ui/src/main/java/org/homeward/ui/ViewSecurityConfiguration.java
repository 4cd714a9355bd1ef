package org.homeward.ui;

import org.homeward.ui.login.LoginView;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/** The views: form login, sessions, CSRF protection and view access by role annotations. */
@Configuration(proxyBeanMethods = false)
class ViewSecurityConfiguration {

    @Bean
    SecurityFilterChain viewSecurity(HttpSecurity http, SessionRegistry sessions) throws Exception {
        // Error pages are rendered for requests that were already authorised (or refused) on their own chain.
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                // the API's description is public; the API itself needs credentials
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // every signed-in session is registered, so that disabling a user ends the sessions they have open
        http.sessionManagement(management -> management.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login"));
        // the sign-in form too: see SignInCsrfFilter
        http.addFilterBefore(new SignInCsrfFilter(), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }
}
