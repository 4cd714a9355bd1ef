package org.homeward.security;

import org.homeward.casefile.Actors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The case file's view of the users: answered from the accounts, refused the way Spring Security refuses. */
@Component
class AccountActors implements Actors {

    private final UserAccounts users;

    AccountActors(UserAccounts users) {
        this.users = users;
    }

    @Override
    public boolean isOfficerOf(String username, String office) {
        return username != null && users.find(username)
                .filter(user -> user.hasRole(Role.OFFICER) && user.worksFor(office)).isPresent();
    }

    @Override
    public RuntimeException denied(String reason) {
        return new AccessDeniedException(reason);
    }
}
