package org.homeward.ui;

import java.io.IOException;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * VaadinSecurityConfigurer leaves the sign-in form out of Spring's CSRF protection (Vaadin's own requests carry
 * Vaadin's token), so a forged cross-site form could sign an officer into an attacker's account. The sign-in page
 * carries the session's CSRF token, which Vaadin's login form sends back: this filter requires it on
 * {@code POST /login}. A class of its own, and an inner filter under a name of its own, so that Spring's CsrfFilter
 * keeps its place in the chain and still runs for every other request.
 */
final class SignInCsrfFilter extends OncePerRequestFilter {

    private final RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
    private final CsrfFilter check = new CsrfFilter(new HttpSessionCsrfTokenRepository());

    SignInCsrfFilter() {
        check.setRequireCsrfProtectionMatcher(signIn);
        check.setBeanName("signInCsrfCheck");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (signIn.matches(request)) {
            check.doFilter(request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }
}
