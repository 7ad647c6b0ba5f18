package org.childrenscomplaints.api.web;

import org.springframework.http.HttpStatus;

import java.net.URI;
import java.util.Locale;

/** The {@code type} of each problem+json answer, so clients can branch without parsing prose. */
public final class ProblemTypes {

    public static final URI INVALID_REQUEST = URI.create("/problems/invalid-request");
    public static final URI NOT_FOUND = URI.create("/problems/not-found");
    public static final URI RULE_BROKEN = URI.create("/problems/rule-broken");
    /** The same work is already under way (a read-model rebuild). */
    public static final URI IN_PROGRESS = URI.create("/problems/in-progress");
    public static final URI NOT_SIGNED_IN = URI.create("/problems/not-signed-in");
    public static final URI NOT_ALLOWED = URI.create("/problems/not-allowed");
    public static final URI TOO_LARGE = URI.create("/problems/too-large");
    public static final URI INTERNAL_ERROR = URI.create("/problems/internal-error");

    private ProblemTypes() {
    }

    /** The type of a problem known only by its HTTP status, named after it: {@code /problems/unsupported-media-type}. */
    public static URI ofStatus(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return URI.create("/problems/" + (known == null ? "http-" + status : known.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }
}
