package org.childrenscomplaints.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * How people sign in ({@code complaints.security}): {@code sign-in} BASIC against {@code users}
 * (embedded), or OIDC bearer tokens whose {@code role-claim} lists the caller's roles (production,
 * with {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} naming the council's identity provider).
 */
@ConfigurationProperties("complaints.security")
public record SecuritySettings(SignIn signIn, List<User> users, String roleClaim) {

    public enum SignIn { BASIC, OIDC }

    /** A configured user; the password may carry Spring's {@code {noop}} or {@code {bcrypt}} prefix (none means plain text). */
    public record User(String username, String password, List<Role> roles) {
    }

    public SecuritySettings {
        signIn = signIn == null ? SignIn.BASIC : signIn;
        users = users == null ? List.of() : List.copyOf(users);
        roleClaim = roleClaim == null || roleClaim.isBlank() ? "roles" : roleClaim;
    }
}
