package org.homeward.ui;

import org.homeward.ui.login.LoginView;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/** The views: form login, sessions, CSRF protection and view access by role annotations. */
@Configuration(proxyBeanMethods = false)
class ViewSecurityConfiguration {

    @Bean
    SecurityFilterChain viewSecurity(HttpSecurity http) throws Exception {
        // Error pages are rendered for requests that were already authorised (or refused) on their own chain.
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                // the API's description is public; the API itself needs credentials
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.addFilterBefore(signInCsrf(), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /**
     * VaadinSecurityConfigurer leaves the sign-in form out of Spring's CSRF protection (Vaadin's own requests carry
     * Vaadin's token), so a forged cross-site form could sign a survivor's officer into an attacker's account. The
     * sign-in page carries the session's CSRF token, which Vaadin's login form sends back: this filter requires it.
     */
    private static CsrfFilter signInCsrf() {
        CsrfFilter filter = new CsrfFilter(new HttpSessionCsrfTokenRepository());
        filter.setRequireCsrfProtectionMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"));
        return filter;
    }
}
