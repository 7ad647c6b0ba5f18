package org.childrenscomplaints.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/** The users of the embedded app, from the configuration; with none configured, one ADMIN with a fresh password. */
final class ConfiguredUsers {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredUsers.class);
    private static final String FIRST_ADMIN = "admin";

    private ConfiguredUsers() {
    }

    static InMemoryUserDetailsManager from(SecuritySettings settings) {
        if (settings.users().isEmpty()) {
            String password = randomPassword();
            // printed once, so whoever started the app can sign in and configure real users
            log.warn("No users are configured (complaints.security.users): sign in as '{}' with password '{}'. "
                    + "It changes at every start until users are configured.", FIRST_ADMIN, password);
            return new InMemoryUserDetailsManager(user(FIRST_ADMIN, "{noop}" + password, List.of(Role.ADMIN)));
        }
        return new InMemoryUserDetailsManager(settings.users().stream()
                .map(configured -> user(configured.username(), withEncoding(configured.password()), configured.roles()))
                .toList());
    }

    private static UserDetails user(String username, String password, List<Role> roles) {
        return User.withUsername(username).password(password)
                .roles(roles.stream().map(Role::name).toArray(String[]::new)).build();
    }

    /** A password without an encoding prefix is plain text, as the contract allows. */
    private static String withEncoding(String password) {
        return password.startsWith("{") ? password : "{noop}" + password;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
