package org.homeward.security;

public enum Role {
    /** Records every step of the cases of their offices. */
    OFFICER,
    /** Watches outcomes of their offices' cases. */
    MANAGER,
    /** Replays pseudonymised case histories. */
    EVALUATOR,
    /** Manages users and operations. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
