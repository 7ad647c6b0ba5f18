package org.childrenscomplaints.api.security;

import jakarta.servlet.DispatcherType;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import java.util.Arrays;

import static org.childrenscomplaints.api.security.Role.ADMIN;
import static org.childrenscomplaints.api.security.Role.INTAKE;
import static org.childrenscomplaints.api.security.Role.MANAGER;
import static org.childrenscomplaints.api.security.Role.OFFICER;
import static org.childrenscomplaints.api.security.Role.SCRUTINY;

/** Who may call what: the contract's roles, path by path, in one place. */
final class AccessRules {

    /** What a responding manager does on a case: acknowledge, answer, explain a delay, agree an extension, learn. */
    private static final String[] MANAGERS_COMMANDS = {
            "/api/complaints/*/acknowledgement", "/api/complaints/*/response", "/api/complaints/*/delay-reasons",
            "/api/complaints/*/extension", "/api/complaints/*/learning", "/api/complaints/*/learning/**",
            "/api/comments/*/acknowledgement", "/api/comments/*/response"};

    private AccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health").permitAll()
                .requestMatchers(HttpMethod.GET, "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers("/api/admin/**").hasRole(ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/imports").hasRole(ADMIN.name())
                // the commands these send are the IntakeCommands, recorded as INTAKE rather than MANAGER
                .requestMatchers(HttpMethod.POST, "/api/complaints", "/api/comments", "/api/compliments")
                .hasAnyRole(names(INTAKE, OFFICER, ADMIN))
                .requestMatchers(HttpMethod.POST, MANAGERS_COMMANDS).hasAnyRole(names(MANAGER, OFFICER, ADMIN))
                .requestMatchers(HttpMethod.POST, "/api/**").hasAnyRole(names(OFFICER, ADMIN))
                .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(names(SCRUTINY, OFFICER, MANAGER, ADMIN))
                // HEAD is answered by the GET handlers, so it may tell no more than GET would
                .requestMatchers(HttpMethod.HEAD, "/api/**").hasAnyRole(names(SCRUTINY, OFFICER, MANAGER, ADMIN))
                .requestMatchers("/api/**").denyAll()
                // anything else: signed in, then the application answers (404 for a path that does not exist)
                .anyRequest().authenticated();
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
