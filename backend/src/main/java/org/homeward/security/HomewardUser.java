package org.homeward.security;

import java.util.Collection;
import java.util.Set;

import org.homeward.casefile.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in user with the roles they hold and the offices they work for. */
public record HomewardUser(String username, String passwordHash, String displayName, boolean enabled,
                           Set<Role> roles, Set<String> offices) implements UserDetails, Actor {

    public HomewardUser {
        roles = Set.copyOf(roles);
        offices = Set.copyOf(offices);
    }

    @Override
    public boolean worksFor(String office) {
        return offices.contains(office);
    }

    @Override
    public boolean isOfficer() {
        return hasRole(Role.OFFICER);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "HomewardUser[" + username + "]";
    }
}
