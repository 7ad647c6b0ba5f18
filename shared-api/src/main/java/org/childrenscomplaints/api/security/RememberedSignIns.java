package org.childrenscomplaints.api.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic sends the password with every request, and checking it against a bcrypt hash costs
 * about a tenth of a second of CPU by design: on two cores that alone held an integration to some
 * twenty requests a second (docs/benchmarks.md). A password that passed the full check is
 * remembered for a few minutes as an HMAC under a key that lives only in this process, as
 * Elasticsearch's credential cache and Apache's mod_authn_socache do; the same username and
 * password are then signed in by comparing HMACs in constant time. A wrong password always takes
 * the full check. Written here because Spring Security has no such cache for the check itself
 * (its {@code UserCache} keeps the user, not the verdict). Only signed-in users are remembered, by
 * their own names, and they come from the configuration, so the map cannot grow beyond them.
 */
final class RememberedSignIns implements AuthenticationProvider {

    private static final String HMAC = "HmacSHA256";

    private record Remembered(byte[] credentials, Object principal, Collection<? extends GrantedAuthority> authorities,
                              Instant until) {
    }

    private final AuthenticationProvider fullCheck;
    private final Duration remembered;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Remembered> signIns = new ConcurrentHashMap<>();

    RememberedSignIns(AuthenticationProvider fullCheck, Duration remembered, Clock clock) {
        this.fullCheck = fullCheck;
        this.remembered = remembered;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    /**
     * Remembered under the user's own name: another spelling the user store accepts (it ignores case)
     * takes the full check each time rather than adding an entry. Each request gets a sign-in of its
     * own, so no request's details (its address) end up on another's.
     */
    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        byte[] credentials = hmac(username, String.valueOf(attempt.getCredentials()));
        Remembered known = signIns.get(username);
        if (known != null && !clock.instant().isBefore(known.until())) {
            signIns.remove(username, known);
        } else if (known != null && MessageDigest.isEqual(known.credentials(), credentials)) {
            return UsernamePasswordAuthenticationToken.authenticated(known.principal(), null, known.authorities());
        }
        Authentication signedIn = fullCheck.authenticate(attempt);
        if (signedIn != null && signedIn.isAuthenticated() && signedIn.getName().equals(username)) {
            signIns.put(username, new Remembered(credentials, signedIn.getPrincipal(), signedIn.getAuthorities(),
                    clock.instant().plus(remembered)));
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Basic's username cannot hold a colon, so "username:password" names one pair only. */
    private byte[] hmac(String username, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
