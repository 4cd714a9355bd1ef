package org.homeward.testsupport;

import java.util.Set;

import org.homeward.security.Role;
import org.homeward.security.UserAccounts;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Users the tests sign in as; they exist before any test method runs (for {@code @WithUserDetails}). */
@TestConfiguration(proxyBeanMethods = false)
public class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String JAKARTA_OFFICER = "officer-jkt";
    public static final String SECOND_JAKARTA_OFFICER = "officer-jkt-2";
    public static final String NAIROBI_OFFICER = "officer-nbo";
    public static final String MANAGER = "manager-both";
    public static final String ADMIN = "admin-ops";
    /** Reads pseudonymous histories of the Jakarta office only. */
    public static final String JAKARTA_EVALUATOR = "evaluator-jkt";
    /** The only user of the Manila office: search tests count exactly what they recorded there. */
    public static final String MANILA_OFFICER = "officer-mnl";
    public static final String MANILA_MANAGER = "manager-mnl";
    /** The only user of the Addis Ababa office: outcome tests compute exact figures over what they recorded there. */
    public static final String ADDIS_OFFICER = "officer-add";
    public static final String ADDIS_MANAGER = "manager-add";
    /** The only users of the Kampala office: the follow-up worklist test counts exactly what it recorded there. */
    public static final String KAMPALA_OFFICER = "officer-kla";
    public static final String SECOND_KAMPALA_OFFICER = "officer-kla-2";
    /**
     * The only users of the Kathmandu office, which exists in tests only: the snapshot test compares figures of the
     * office as a whole at a past date, so nothing else may be recorded there.
     */
    public static final String KATHMANDU_OFFICE = "KTM";
    public static final String KATHMANDU_OFFICER = "officer-ktm";
    public static final String KATHMANDU_EVALUATOR = "evaluator-ktm";
    public static final String SECOND_KATHMANDU_EVALUATOR = "evaluator-ktm-2";

    @Bean
    SmartInitializingSingleton createTestUsers(UserAccounts accounts, JdbcClient jdbc) {
        return () -> {
            jdbc.sql("insert into office (code, name, country) values (:code, 'Kathmandu', 'NP') on conflict do nothing")
                    .param("code", KATHMANDU_OFFICE).update();
            create(accounts, JAKARTA_OFFICER, Set.of(Role.OFFICER), Set.of("JKT"));
            create(accounts, SECOND_JAKARTA_OFFICER, Set.of(Role.OFFICER), Set.of("JKT"));
            create(accounts, NAIROBI_OFFICER, Set.of(Role.OFFICER), Set.of("NBO"));
            create(accounts, MANAGER, Set.of(Role.MANAGER), Set.of("JKT", "NBO"));
            create(accounts, ADMIN, Set.of(Role.ADMIN), Set.of());
            create(accounts, JAKARTA_EVALUATOR, Set.of(Role.EVALUATOR), Set.of("JKT"));
            create(accounts, MANILA_OFFICER, Set.of(Role.OFFICER), Set.of("MNL"));
            create(accounts, MANILA_MANAGER, Set.of(Role.MANAGER), Set.of("MNL"));
            create(accounts, ADDIS_OFFICER, Set.of(Role.OFFICER), Set.of("ADD"));
            create(accounts, ADDIS_MANAGER, Set.of(Role.MANAGER), Set.of("ADD"));
            create(accounts, KAMPALA_OFFICER, Set.of(Role.OFFICER), Set.of("KLA"));
            create(accounts, SECOND_KAMPALA_OFFICER, Set.of(Role.OFFICER), Set.of("KLA"));
            create(accounts, KATHMANDU_OFFICER, Set.of(Role.OFFICER), Set.of(KATHMANDU_OFFICE));
            create(accounts, KATHMANDU_EVALUATOR, Set.of(Role.EVALUATOR), Set.of(KATHMANDU_OFFICE));
            create(accounts, SECOND_KATHMANDU_EVALUATOR, Set.of(Role.EVALUATOR), Set.of(KATHMANDU_OFFICE));
        };
    }

    /**
     * Runs work signed in as this user (the case services admit only the signed-in officer), then restores whoever
     * was signed in before: for tests that record or read as someone other than the test's own user.
     */
    public static <T> T as(org.homeward.security.HomewardUser user, java.util.function.Supplier<T> work) {
        var before = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(signedIn);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(before);
        }
    }

    private static void create(UserAccounts accounts, String username, Set<Role> roles, Set<String> offices) {
        if (!accounts.exists(username)) {
            accounts.create(username, PASSWORD, "Test " + username, roles, offices);
        }
    }
}
