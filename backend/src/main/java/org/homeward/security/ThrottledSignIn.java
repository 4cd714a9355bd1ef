package org.homeward.security;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signing in with a user name and password (form and HTTP Basic), throttled by {@link SignInAttempts}: the attempt is
 * counted first, the password is always checked (so a refused attempt takes as long as any other, and tells nothing of
 * whether the name exists), and an attempt over the limit is refused whatever the password.
 */
final class ThrottledSignIn extends DaoAuthenticationProvider {

    private static final String REFUSED = "Too many failed sign-ins; try again later";

    private final SignInAttempts attempts;

    ThrottledSignIn(UserAccounts users, PasswordEncoder passwordEncoder, SignInAttempts attempts) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        boolean admitted = attempts.admit(authentication.getName(), SignInAttempts.remoteAddress(authentication));
        Authentication signedIn;
        try {
            signedIn = super.authenticate(authentication);
        } catch (AuthenticationException failed) {
            if (admitted) {
                throw failed;
            }
            throw new LockedException(REFUSED, failed);
        }
        if (!admitted) {
            throw new LockedException(REFUSED);
        }
        return signedIn;
    }
}
