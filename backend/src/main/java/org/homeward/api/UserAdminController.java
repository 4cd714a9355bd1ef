package org.homeward.api;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.homeward.security.HomewardUser;
import org.homeward.security.Role;
import org.homeward.security.UserAccounts;
import org.homeward.security.UserAdministration;
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

/** Administrators manage the users: who they are, their roles and offices, whether they may sign in. ADMIN only. */
@RestController
@RequestMapping("/api/admin/users")
class UserAdminController {

    private final UserAdministration administration;

    UserAdminController(UserAdministration administration) {
        this.administration = administration;
    }

    /** A new user; the password is the first one, 12 characters to 72 bytes, stored only hashed. */
    record NewUser(String username, String displayName, String password, Set<Role> roles, Set<String> offices) {
        @Override
        public String toString() {
            return "NewUser[" + username + "]";
        }
    }

    @GetMapping
    List<UserAccounts.Account> users() {
        return administration.all();
    }

    @PostMapping
    @Operation(summary = "Create a user", description = "Officers, managers and evaluators need at least one office.")
    ResponseEntity<UserAccounts.Account> create(@RequestBody NewUser user, @AuthenticationPrincipal HomewardUser admin) {
        UserAccounts.Account created = administration.create(new UserAdministration.NewAccount(user.username(),
                user.displayName(), user.password(), user.roles(), user.offices()), admin);
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.username())).body(created);
    }

    @GetMapping("/{username}")
    UserAccounts.Account user(@PathVariable String username) {
        return administration.find(username);
    }

    @PostMapping("/{username}/disable")
    @Operation(summary = "Keep a user from signing in; their open sessions end")
    UserAccounts.Account disable(@PathVariable String username, @AuthenticationPrincipal HomewardUser admin) {
        return administration.disable(username, admin);
    }

    @PostMapping("/{username}/enable")
    UserAccounts.Account enable(@PathVariable String username, @AuthenticationPrincipal HomewardUser admin) {
        return administration.enable(username, admin);
    }

    @DeleteMapping("/{username}/lock")
    @Operation(summary = "Lift a lock left by failed sign-ins before it runs out")
    ResponseEntity<Void> unlock(@PathVariable String username, @AuthenticationPrincipal HomewardUser admin) {
        administration.unlock(username, admin);
        return ResponseEntity.noContent().build();
    }
}
