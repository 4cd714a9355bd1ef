package org.homeward.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, their roles and offices, kept in the database with hashed passwords. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final SignInAttempts attempts;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, SignInAttempts attempts) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
    }

    @Override
    public HomewardUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    public Optional<HomewardUser> find(String username) {
        record Account(String username, String passwordHash, String displayName, boolean enabled) {
        }
        return jdbc.sql("select username, password_hash, display_name, enabled from app_user where username = :username")
                .param("username", username)
                .query(Account.class)
                .optional()
                .map(account -> new HomewardUser(account.username(), account.passwordHash(), account.displayName(),
                        account.enabled(), roles(username), offices(username)));
    }

    /** The enabled officers of an office, by user name, for choosing whom a case goes to. */
    public java.util.List<String> officersOf(String office) {
        return jdbc.sql("""
                select u.username from app_user u
                  join app_user_role r on r.username = u.username and r.role = 'OFFICER'
                  join app_user_office o on o.username = u.username and o.office_code = :office
                 where u.enabled order by u.username""")
                .param("office", office).query(String.class).list();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = :username")
                .param("username", username).query(Integer.class).single() > 0;
    }

    /** Creates a user; the password is stored only as a hash. */
    @Transactional
    public void create(String username, String rawPassword, String displayName, Set<Role> roles, Set<String> offices) {
        jdbc.sql("insert into app_user (username, password_hash, display_name) values (:username, :hash, :displayName)")
                .param("username", username)
                .param("hash", passwordEncoder.encode(rawPassword))
                .param("displayName", displayName)
                .update();
        roles.forEach(role -> jdbc.sql("insert into app_user_role (username, role) values (:username, :role)")
                .param("username", username).param("role", role.name()).update());
        offices.forEach(office -> jdbc.sql("insert into app_user_office (username, office_code) values (:username, :office)")
                .param("username", username).param("office", office).update());
    }

    /** A user as administrators see them: never a password hash. */
    public record Account(String username, String displayName, boolean enabled, Set<Role> roles, Set<String> offices,
                          boolean locked) {
    }

    /** Every user, by name. */
    public java.util.List<Account> all() {
        return jdbc.sql("select username from app_user order by username").query(String.class).list().stream()
                .map(name -> account(name).orElseThrow())
                .toList();
    }

    /** One user, as administrators see them. */
    public Optional<Account> account(String username) {
        return find(username).map(user -> new Account(user.username(), user.displayName(), user.enabled(), user.roles(),
                user.offices(), attempts.locked(user.username())));
    }

    /** Lets a user sign in again, or keeps them out (their history stays, under their name). */
    @Transactional
    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("update app_user set enabled = :enabled where username = :username")
                .param("enabled", enabled).param("username", username).update() > 0;
    }

    private Set<Role> roles(String username) {
        return jdbc.sql("select role from app_user_role where username = :username")
                .param("username", username).query(String.class).list().stream()
                .map(Role::valueOf).collect(Collectors.toSet());
    }

    private Set<String> offices(String username) {
        return jdbc.sql("select office_code from app_user_office where username = :username")
                .param("username", username).query(String.class).set();
    }
}
