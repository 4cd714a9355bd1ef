package org.homeward.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Throttles guessing: after {@code homeward.security.sign-in.most-failures} failed sign-ins in a row under one user
 * name (known or not, so that probing names gains nothing) the name is locked for
 * {@code homeward.security.sign-in.lock-duration}, whatever password comes next. Once a name has failed, its
 * attempts are counted before their password is checked ({@link ThrottledSignIn}), so parallel guesses are held back. Every failed
 * sign-in, every lock and every refusal while locked is written to the security events that administrators review.
 * The same for the form and HTTP Basic.
 */
@Component
public class SignInAttempts {

    /** What the security events record. */
    public enum Kind { SIGN_IN_FAILED, SIGN_IN_REFUSED_LOCKED, LOCKED, USER_CREATED, USER_DISABLED, USER_ENABLED, USER_UNLOCKED }

    private static final int LONGEST_NAME = 64;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int mostFailures;
    private final Duration lockDuration;

    public SignInAttempts(JdbcClient jdbc, Clock clock,
                          @Value("${homeward.security.sign-in.most-failures:5}") int mostFailures,
                          @Value("${homeward.security.sign-in.lock-duration:15m}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mostFailures = mostFailures;
        this.lockDuration = lockDuration;
    }

    /** A security event, as administrators review them. */
    public record SecurityEvent(Instant occurredAt, String username, Kind kind, String remoteAddress, String actor) {
    }

    /** The security events from (inclusive) to (exclusive), newest first, at most 1,000; null bounds are open. */
    public java.util.List<SecurityEvent> events(Instant from, Instant to) {
        return jdbc.sql("""
                select occurred_at, username, kind, remote_address, actor from security_event
                 where occurred_at >= :from and occurred_at < :to
                 order by occurred_at desc, id desc fetch first 1000 rows only""")
                .param("from", java.sql.Timestamp.from(from == null ? Instant.EPOCH : from))
                .param("to", java.sql.Timestamp.from(to == null ? Instant.parse("9999-01-01T00:00:00Z") : to))
                .query((rs, row) -> new SecurityEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
                        Kind.valueOf(rs.getString("kind")), rs.getString("remote_address"), rs.getString("actor")))
                .list();
    }

    /**
     * Whether the next sign-in under this name will be refused: locked, or as many attempts in a row failed as allowed.
     * A lock that ran out counts as none.
     */
    public boolean locked(String username) {
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        return jdbc.sql("""
                select count(*) from login_failure where username = :username
                   and ((locked_until is null and failures >= :most) or locked_until > :now)""")
                .param("username", name(username)).param("most", mostFailures).param("now", now)
                .query(Integer.class).single() > 0;
    }

    /** Lifts a lock before it runs out (an administrator's decision, once the user is known to be who they say). */
    public void unlock(String username) {
        jdbc.sql("delete from login_failure where username = :username").param("username", name(username)).update();
    }

    /**
     * Whether a sign-in attempt may go on to its password check. A name that has failed already is being guessed (or
     * mistyped): its attempts are then counted before their password is checked, so that guesses sent side by side get
     * no more tries; an attempt beyond the allowed failures is refused and locks the name. A name without failures is
     * not counted ahead, so that a partner system's parallel requests under one name are never refused.
     *
     * @return whether the attempt may go on, and whether it was counted already
     */
    Admission admit(String typed, String from) {
        String username = name(typed);
        Integer failures = jdbc.sql("""
                select failures from login_failure where username = :username
                   and (locked_until is null or locked_until > :now)""")
                .param("username", username).param("now", java.sql.Timestamp.from(clock.instant()))
                .query(Integer.class).optional().orElse(0);
        if (failures == 0) {
            return Admission.UNCOUNTED;
        }
        if (countFailure(username) <= mostFailures) {
            return Admission.COUNTED;
        }
        int locked = jdbc.sql("update login_failure set locked_until = :until where username = :username and locked_until is null")
                .param("until", java.sql.Timestamp.from(clock.instant().plus(lockDuration)))
                .param("username", username).update();
        if (locked > 0) {
            audit(username, Kind.LOCKED, from);
        }
        return Admission.REFUSED;
    }

    /** What {@link #admit} decided. */
    enum Admission { UNCOUNTED, COUNTED, REFUSED }

    /** A wrong password under a name whose attempt was not counted ahead. */
    void failedUncounted(String typed) {
        countFailure(name(typed));
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent failure) {
        String username = name(failure.getAuthentication().getName());
        String from = remoteAddress(failure.getAuthentication());
        if (failure instanceof AuthenticationFailureBadCredentialsEvent) {
            audit(username, Kind.SIGN_IN_FAILED, from);
        } else if (failure.getException() instanceof org.springframework.security.authentication.LockedException) {
            audit(username, Kind.SIGN_IN_REFUSED_LOCKED, from);
        }
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent success) {
        jdbc.sql("delete from login_failure where username = :username")
                .param("username", name(success.getAuthentication().getName())).update();
    }

    /** The failures in a row, this one included; a lock that ran out starts the count again. */
    private int countFailure(String username) {
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.sql("""
                    update login_failure
                       set failures = case when locked_until is not null and locked_until <= :now then 1 else failures + 1 end,
                           locked_until = case when locked_until is not null and locked_until <= :now then null else locked_until end,
                           last_failure_at = :now
                     where username = :username""")
                    .param("now", now).param("username", username).update();
            if (updated == 0) {
                try {
                    jdbc.sql("insert into login_failure (username, failures, last_failure_at) values (:username, 1, :now)")
                            .param("username", username).param("now", now).update();
                } catch (DuplicateKeyException raced) {
                    continue; // another attempt under this name came first: count on top of it
                }
            }
            return jdbc.sql("select failures from login_failure where username = :username")
                    .param("username", username).query(Integer.class).single();
        }
        throw new IllegalStateException("Could not count a failed sign-in");
    }

    /** What an administrator did to a user, for the same trail. */
    public void administered(String username, Kind kind, String administrator) {
        insert(name(username), kind, null, administrator);
    }

    private void audit(String username, Kind kind, String from) {
        insert(username, kind, from, null);
    }

    private void insert(String username, Kind kind, String from, String actor) {
        jdbc.sql("""
                insert into security_event (occurred_at, username, kind, remote_address, actor)
                values (:at, :username, :kind, :from, :actor)""")
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("username", username).param("kind", kind.name()).param("from", from).param("actor", actor).update();
    }

    static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    /** What was typed as the user name, cut to what the tables hold. */
    private static String name(String typed) {
        String name = typed == null ? "" : typed.strip();
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
    }
}
