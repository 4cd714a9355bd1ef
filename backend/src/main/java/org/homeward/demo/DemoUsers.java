package org.homeward.demo;

import java.util.List;
import java.util.Set;

import org.homeward.security.Role;
import org.homeward.security.UserAccounts;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo users, created once. They exist only when the demo profile is active. */
@Component
@Profile(DemoMode.PROFILE)
class DemoUsers {

    static final String PASSWORD = "demo";

    record DemoUser(String username, String displayName, Set<Role> roles, Set<String> offices) {
    }

    static final List<DemoUser> ALL = List.of(
            new DemoUser("officer", "Ayu (demo officer, Jakarta)", Set.of(Role.OFFICER), Set.of("JKT")),
            new DemoUser("officer2", "Wanjiru (demo officer, Nairobi)", Set.of(Role.OFFICER), Set.of("NBO")),
            new DemoUser("manager", "Demo manager", Set.of(Role.MANAGER), Set.of("JKT", "NBO")),
            new DemoUser("evaluator", "Demo evaluator", Set.of(Role.EVALUATOR), Set.of("JKT", "NBO")),
            new DemoUser("admin", "Demo administrator", Set.of(Role.ADMIN), Set.of()));

    private final UserAccounts accounts;

    DemoUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    void createMissing() {
        ALL.stream().filter(user -> !accounts.exists(user.username()))
                .forEach(user -> accounts.create(user.username(), PASSWORD, user.displayName(), user.roles(), user.offices()));
    }
}
