package org.homeward.security;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The view sessions each user is signed in with, so that disabling a user also ends the sessions they have open
 * (the API is stateless: every request is checked anew).
 */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    public SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of this user at its next request. */
    public void end(String username) {
        registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user && user.getUsername().equals(username))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(org.springframework.security.core.session.SessionInformation::expireNow);
    }
}
