package org.homeward.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.homeward.offices.Offices;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * What administrators do to users, for the API and the view alike: create them (checked field by field), disable
 * them (ending their open sessions; never the last administrator), enable them, lift a sign-in lock. Each is a
 * security event naming the administrator.
 */
@Service
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /** OWASP ASVS 2.1.1: at least 12 characters; bcrypt reads no more than 72 bytes. */
    private static final int SHORTEST_PASSWORD = 12;
    private static final int LONGEST_PASSWORD_BYTES = 72;

    /** A user to create; the password is their first one, stored only hashed. */
    public record NewAccount(String username, String displayName, String password, Set<Role> roles, Set<String> offices) {
        @Override
        public String toString() {
            return "NewAccount[" + username + "]";
        }
    }

    /** Refused, with the reason for each field that is wrong. */
    public static final class Refused extends RuntimeException {
        private final Map<String, String> problems;

        Refused(Map<String, String> problems) {
            super("Refused: " + problems);
            this.problems = Map.copyOf(problems);
        }

        public Map<String, String> problems() {
            return problems;
        }
    }

    /** No user of that name. */
    public static final class UnknownUser extends RuntimeException {
        UnknownUser(String username) {
            super("No user " + username);
        }
    }

    private final UserAccounts accounts;
    private final SignInAttempts signIns;
    private final SignedInSessions sessions;
    private final Offices offices;

    public UserAdministration(UserAccounts accounts, SignInAttempts signIns, SignedInSessions sessions, Offices offices) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.sessions = sessions;
        this.offices = offices;
    }

    public List<UserAccounts.Account> all() {
        return accounts.all();
    }

    public UserAccounts.Account find(String username) {
        return accounts.account(username).orElseThrow(() -> new UnknownUser(username));
    }

    public UserAccounts.Account create(NewAccount user, HomewardUser admin) {
        Map<String, String> problems = problemsWith(user);
        if (problems.isEmpty() && accounts.exists(user.username())) {
            problems.put("username", "is taken");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        try {
            accounts.create(user.username(), user.password(), user.displayName().strip(), user.roles(), user.offices());
        } catch (DuplicateKeyException raced) {
            throw new Refused(Map.of("username", "is taken"));
        }
        signIns.administered(user.username(), SignInAttempts.Kind.USER_CREATED, admin.username());
        return find(user.username());
    }

    public UserAccounts.Account disable(String username, HomewardUser admin) {
        UserAccounts.Account target = find(username);
        boolean lastAdministrator = target.enabled() && target.roles().contains(Role.ADMIN) && accounts.all().stream()
                .filter(other -> other.enabled() && other.roles().contains(Role.ADMIN)).count() == 1;
        if (lastAdministrator) {
            throw new Refused(Map.of("username", "is the last administrator who can sign in"));
        }
        accounts.setEnabled(username, false);
        sessions.end(username);
        signIns.administered(username, SignInAttempts.Kind.USER_DISABLED, admin.username());
        return find(username);
    }

    public UserAccounts.Account enable(String username, HomewardUser admin) {
        find(username);
        accounts.setEnabled(username, true);
        signIns.administered(username, SignInAttempts.Kind.USER_ENABLED, admin.username());
        return find(username);
    }

    public void unlock(String username, HomewardUser admin) {
        find(username);
        signIns.unlock(username);
        signIns.administered(username, SignInAttempts.Kind.USER_UNLOCKED, admin.username());
    }

    private Map<String, String> problemsWith(NewAccount user) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            problems.put("username", "3 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (user.displayName() == null || user.displayName().isBlank() || user.displayName().length() > 100) {
            problems.put("displayName", "is required, at most 100 characters");
        }
        if (user.password() == null || user.password().length() < SHORTEST_PASSWORD) {
            problems.put("password", "must be at least " + SHORTEST_PASSWORD + " characters long");
        } else if (user.password().getBytes(StandardCharsets.UTF_8).length > LONGEST_PASSWORD_BYTES) {
            problems.put("password", "must be at most " + LONGEST_PASSWORD_BYTES + " bytes long (bcrypt reads no further)");
        }
        Set<Role> roles = user.roles() == null ? Set.of() : user.roles();
        if (roles.isEmpty()) {
            problems.put("roles", "name at least one role");
        }
        Set<String> codes = user.offices() == null ? Set.of() : user.offices();
        codes.stream().filter(code -> code == null || offices.find(code).isEmpty()).findFirst()
                .ifPresent(unknown -> problems.put("offices", "unknown office " + unknown));
        if (!problems.containsKey("offices") && codes.isEmpty() && roles.stream().anyMatch(role -> role != Role.ADMIN)) {
            problems.put("offices", "officers, managers and evaluators work for at least one office");
        }
        return problems;
    }
}
