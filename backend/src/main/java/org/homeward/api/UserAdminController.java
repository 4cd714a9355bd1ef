package org.homeward.api;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.homeward.security.HomewardUser;
import org.homeward.security.Role;
import org.homeward.security.SignInAttempts;
import org.homeward.security.SignedInSessions;
import org.homeward.security.UserAccounts;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Administrators manage the users: who they are, their roles and offices, whether they may sign in. ADMIN only. */
@RestController
@RequestMapping("/api/admin/users")
class UserAdminController {

    private final UserAccounts accounts;
    private final SignInAttempts signIns;
    private final SignedInSessions sessions;

    UserAdminController(UserAccounts accounts, SignInAttempts signIns, SignedInSessions sessions) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.sessions = sessions;
    }

    /** A new user; the password is the first one, at least 12 characters (OWASP ASVS 2.1.1), stored only hashed. */
    record NewUser(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "3 to 64 lower-case letters, digits, '.', '_' or '-'") String username,
                   @NotBlank @Size(max = 100) String displayName,
                   @NotNull @Size(min = 12, max = 128) String password,
                   @NotEmpty Set<@NotNull Role> roles,
                   @NotNull Set<@NotBlank @KnownOffice String> offices) {
        @Override
        public String toString() {
            return "NewUser[" + username + "]";
        }
    }

    @GetMapping
    List<UserAccounts.Account> users() {
        return accounts.all();
    }

    @PostMapping
    @Operation(summary = "Create a user", description = "Officers, managers and evaluators need at least one office.")
    ResponseEntity<UserAccounts.Account> create(@Valid @RequestBody NewUser user, @AuthenticationPrincipal HomewardUser admin) {
        boolean needsOffice = user.roles().stream().anyMatch(role -> role != Role.ADMIN);
        if (needsOffice && user.offices().isEmpty()) {
            throw new InvalidParameter("offices", "officers, managers and evaluators work for at least one office");
        }
        if (user.password().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            throw new InvalidParameter("password", "must be at most 72 bytes long (bcrypt reads no further)");
        }
        if (accounts.exists(user.username())) {
            throw new InvalidParameter("username", "is taken");
        }
        try {
            accounts.create(user.username(), user.password(), user.displayName().strip(), user.roles(), user.offices());
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            throw new InvalidParameter("username", "is taken");
        }
        signIns.administered(user.username(), SignInAttempts.Kind.USER_CREATED, admin.username());
        return ResponseEntity.created(URI.create("/api/admin/users/" + user.username())).body(account(user.username()));
    }

    @GetMapping("/{username}")
    UserAccounts.Account user(@PathVariable String username) {
        return account(username);
    }

    @PostMapping("/{username}/disable")
    UserAccounts.Account disable(@PathVariable String username, @AuthenticationPrincipal HomewardUser admin) {
        UserAccounts.Account target = account(username);
        boolean lastAdministrator = target.enabled() && target.roles().contains(Role.ADMIN) && accounts.all().stream()
                .filter(other -> other.enabled() && other.roles().contains(Role.ADMIN)).count() == 1;
        if (lastAdministrator) {
            throw new InvalidParameter("username", "is the last administrator who can sign in");
        }
        accounts.setEnabled(username, false);
        sessions.end(username);
        signIns.administered(username, SignInAttempts.Kind.USER_DISABLED, admin.username());
        return account(username);
    }

    @PostMapping("/{username}/enable")
    UserAccounts.Account enable(@PathVariable String username, @AuthenticationPrincipal HomewardUser admin) {
        account(username);
        accounts.setEnabled(username, true);
        signIns.administered(username, SignInAttempts.Kind.USER_ENABLED, admin.username());
        return account(username);
    }

    @DeleteMapping("/{username}/lock")
    @Operation(summary = "Lift a lock left by failed sign-ins before it runs out")
    ResponseEntity<Void> unlock(@PathVariable String username, @AuthenticationPrincipal HomewardUser admin) {
        account(username);
        signIns.unlock(username);
        signIns.administered(username, SignInAttempts.Kind.USER_UNLOCKED, admin.username());
        return ResponseEntity.noContent().build();
    }

    private UserAccounts.Account account(String username) {
        return accounts.all().stream().filter(account -> account.username().equals(username)).findFirst()
                .orElseThrow(() -> new UnknownResource("user " + username));
    }
}
