package org.homeward.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signing in with a user name and password (form and HTTP Basic), throttled by {@link SignInAttempts}: a name that has
 * failed has its attempts counted first, the password is always checked (so a refused attempt takes as long as any
 * other, and tells nothing of whether the name exists), and an attempt over the limit is refused whatever the password.
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
        SignInAttempts.Admission admission = attempts.admit(authentication.getName(), SignInAttempts.remoteAddress(authentication));
        Authentication signedIn;
        try {
            signedIn = super.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            if (admission == SignInAttempts.Admission.REFUSED) {
                throw new LockedException(REFUSED, wrong);
            }
            if (admission == SignInAttempts.Admission.UNCOUNTED) {
                attempts.failedUncounted(authentication.getName());
            }
            throw wrong;
        } catch (InternalAuthenticationServiceException lookupFailed) {
            // the user could not be read (the database away, say): not a failed sign-in, so not a 401; the failure
            // itself goes on to the API's store-unavailable answer (503, retry) or to a 500
            if (lookupFailed.getCause() instanceof RuntimeException cause && !(cause instanceof AuthenticationException)) {
                throw cause;
            }
            throw lookupFailed;
        } catch (AuthenticationException failed) {
            throw admission == SignInAttempts.Admission.REFUSED ? new LockedException(REFUSED, failed) : failed;
        }
        if (admission == SignInAttempts.Admission.REFUSED) {
            throw new LockedException(REFUSED);
        }
        return signedIn;
    }
}
