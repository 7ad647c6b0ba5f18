package org.childrenscomplaints.api.security;

import org.childrenscomplaints.api.web.FilterProblems;
import org.childrenscomplaints.api.web.ProblemTypes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;

/**
 * Sign-in and the role of every request, the same for both services. Embedded: HTTP Basic against
 * the configured users. Production: bearer tokens from the council's OIDC identity provider.
 * Stateless: every request carries its credentials, so no session and no CSRF token (browsers never
 * send these credentials on their own). Only where there is a web server: an import from the
 * command line runs without one, signed in as itself ({@link SignedIn}).
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfiguration {

    /** How long a checked password is taken on trust; a changed user list needs a restart anyway. */
    private static final Duration SIGN_IN_REMEMBERED = Duration.ofMinutes(5);

    @Bean
    public SecurityFilterChain apiSecurity(HttpSecurity http, SecuritySettings settings, JsonMapper json,
                                           UserDetailsService configuredUsers) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(AccessRules::apply);
        if (settings.signIn() == SecuritySettings.SignIn.OIDC) {
            ProblemAnswers answers = new ProblemAnswers(json, "Bearer");
            http.oauth2ResourceServer(tokens -> tokens
                            .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFrom(settings.roleClaim())))
                            .authenticationEntryPoint(answers).accessDeniedHandler(answers))
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(answers).accessDeniedHandler(answers));
        } else {
            ProblemAnswers answers = new ProblemAnswers(json, "Basic realm=\"complaints\", charset=\"UTF-8\"");
            http.authenticationManager(new ProviderManager(passwordCheck(configuredUsers)))
                    .httpBasic(basic -> basic.authenticationEntryPoint(answers))
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(answers).accessDeniedHandler(answers));
        }
        return http.build();
    }

    /**
     * The firewall's refusal of an address that could be read two ways (a semicolon, "..", an encoded
     * slash...): problem+json like every refusal, where Spring would answer with its error page.
     */
    @Bean
    public RequestRejectedHandler addressRefusedAsProblem(JsonMapper json) {
        return (request, response, rejected) -> FilterProblems.write(FilterProblems.problem(HttpStatus.BAD_REQUEST,
                ProblemTypes.INVALID_REQUEST, "The request is not valid", rejected.getMessage() + ". A case's id or "
                        + "reference goes into the address as it is, with no such characters."), request, response, json);
    }

    /** Embedded sign-in; unused with OIDC, where people live in the identity provider. */
    @Bean
    public UserDetailsService configuredUsers(SecuritySettings settings) {
        return ConfiguredUsers.from(settings);
    }

    /**
     * The full check as Spring does it, remembered for a while. A {noop} password is not re-encoded
     * with bcrypt on first use: the configuration it comes from is read again at every start, and the
     * encoding took a quarter of a second of CPU per user while the first requests waited.
     */
    private static RememberedSignIns passwordCheck(UserDetailsService configuredUsers) {
        return new RememberedSignIns(new DaoAuthenticationProvider(configuredUsers), SIGN_IN_REMEMBERED, Clock.systemUTC());
    }

    /** The token's {@code roleClaim} lists the contract's role names (e.g. Entra ID app roles named OFFICER, ...). */
    private static JwtAuthenticationConverter rolesFrom(String roleClaim) {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(roleClaim);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }
}
