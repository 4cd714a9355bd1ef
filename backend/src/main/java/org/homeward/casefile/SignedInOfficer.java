package org.homeward.casefile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the services that open or change a case's personal data: the caller must be signed in as an officer, and
 * the {@link Actor} the method is given must be that signed-in user, so that no code path can act in someone else's
 * name. The office check stays with the service (it depends on the case). Enforced by the security package, which
 * intercepts the methods carrying this mark.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SignedInOfficer {
}
