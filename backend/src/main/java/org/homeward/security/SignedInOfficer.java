package org.homeward.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;


/**
 * Method security for the services that open or change a case's personal data: the caller must be signed in as an
 * officer, and the {@code officer} the method is given must be that signed-in user, so that no code path can act in
 * someone else's name. The office check stays with the service (it depends on the case). Enforced by
 * {@link SignedInOfficerAuthorization} (Spring Security's method interception, without an expression to evaluate
 * on every command).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SignedInOfficer {
}
