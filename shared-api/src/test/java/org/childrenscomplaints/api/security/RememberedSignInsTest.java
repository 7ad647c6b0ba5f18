package org.childrenscomplaints.api.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberedSignInsTest {

    private final AtomicInteger fullChecks = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final DaoAuthenticationProvider springCheck = springCheck();
    private final RememberedSignIns signIns = new RememberedSignIns(new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication attempt) {
            fullChecks.incrementAndGet();
            return springCheck.authenticate(attempt);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return springCheck.supports(authentication);
        }
    }, Duration.ofMinutes(5), clock);

    @Test
    void theSamePasswordAgainIsNotCheckedInFullUntilItsTimeIsUp() {
        assertThat(signIns.authenticate(attempt("officer", "right")).isAuthenticated()).isTrue();
        assertThat(signIns.authenticate(attempt("officer", "right")).getAuthorities()).extracting("authority")
                .contains("ROLE_OFFICER");
        assertThat(fullChecks).hasValue(1);

        clock.forward(Duration.ofMinutes(5));
        signIns.authenticate(attempt("officer", "right"));
        assertThat(fullChecks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedInFullAndRefused() {
        signIns.authenticate(attempt("officer", "right"));
        assertThatThrownBy(() -> signIns.authenticate(attempt("officer", "wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIns.authenticate(attempt("officer", "wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(fullChecks).hasValue(3);
        assertThat(signIns.authenticate(attempt("officer", "right")).isAuthenticated()).isTrue();
        assertThat(fullChecks).hasValue(3);
    }

    @Test
    void eachRequestGetsASignInOfItsOwnAndOtherSpellingsOfTheNameAreNotRemembered() {
        Authentication first = signIns.authenticate(attempt("officer", "right"));
        Authentication second = signIns.authenticate(attempt("officer", "right"));
        assertThat(second).isNotSameAs(first);
        assertThat(second.getName()).isEqualTo("officer");

        signIns.authenticate(attempt("OFFICER", "right"));
        signIns.authenticate(attempt("OFFICER", "right"));
        assertThat(fullChecks).hasValue(3);
    }

    @Test
    void anotherUsersPasswordSignsNobodyIn() {
        signIns.authenticate(attempt("officer", "right"));
        assertThatThrownBy(() -> signIns.authenticate(attempt("intake", "right"))).isInstanceOf(BadCredentialsException.class);
    }

    private static Authentication attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private static DaoAuthenticationProvider springCheck() {
        return new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                User.withUsername("officer").password("{noop}right").roles("OFFICER").build(),
                User.withUsername("intake").password("{noop}other").roles("INTAKE").build()));
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-05T10:00:00Z");

        void forward(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
