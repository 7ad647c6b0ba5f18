package org.childrenscomplaints.command.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.childrenscomplaints.api.web.FilterProblems;
import org.childrenscomplaints.api.web.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The contract's {@code Idempotency-Key}: a command sent again with the same key and body within
 * a day gets the first answer and changes nothing; the same key with another request is refused.
 * Integrations retry on timeouts, and a retried registration must not make a second case.
 * Runs after sign-in, so keys are kept per caller.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final Duration KEPT_FOR = Duration.ofHours(24);
    /** Printable ASCII, as long as a client could want (a uuid is 36). */
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final URI KEY_REUSED = URI.create("/problems/idempotency-key-reused");

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;
    /**
     * How long a request still being handled holds its key: far longer than any command takes, short
     * enough that a key whose first request died with its process is free again soon.
     */
    private final Duration handlingLease;

    public IdempotencyFilter(MongoTemplate mongo, JsonMapper json, Clock clock, Duration handlingLease) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
        this.handlingLease = handlingLease;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            refuse(request, response, HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "The request is not valid",
                    "An Idempotency-Key is 1 to 200 printable characters without spaces.");
            return;
        }
        BufferedBodyRequest buffered = new BufferedBodyRequest(request);
        String id = callerOf() + "\n" + key;
        String hash = hashOf(request, buffered.body());
        buffered.setAttribute(NewIds.REQUEST_IDENTITY, id + "\n" + hash);
        Instant now = clock.instant();
        // past its day or its lease (MongoDB's own expiry runs only now and then); only if still expired,
        // so a request that has just taken the key over is not thrown out
        mongo.remove(Query.query(Criteria.where("_id").is(id).and("expiresAt").lt(now)), IdempotentAnswer.class);
        IdempotentAnswer earlier = mongo.findById(id, IdempotentAnswer.class);
        if (earlier != null) {
            answerAgain(earlier, hash, request, response);
            return;
        }
        try {
            mongo.insert(IdempotentAnswer.pending(id, hash, now, now.plus(handlingLease)));
        } catch (DuplicateKeyException sameKeyAtTheSameMoment) {
            refuse(request, response, HttpStatus.CONFLICT, KEY_REUSED, "The same request is being handled",
                    "A request with this Idempotency-Key is still being handled; ask again in a moment.");
            return;
        }
        handleAndKeep(id, hash, now, buffered, response, chain);
    }

    private void handleAndKeep(String id, String hash, Instant receivedAt, BufferedBodyRequest request,
                               HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean handled = false;
        try {
            chain.doFilter(request, answer);
            handled = true;
        } finally {
            // a failure on our side is not an answer: the client may try again with the same key
            if (!handled || answer.getStatus() >= 500) {
                mongo.remove(Query.query(Criteria.where("_id").is(id).and("requestHash").is(hash)), IdempotentAnswer.class);
            } else {
                keep(id, hash, receivedAt, answer);
            }
            answer.copyBodyToResponse();
        }
    }

    /**
     * Keeps the answer for the day. If that fails, the command has still been carried out: the key
     * stays held until its lease ends (a retry meanwhile is told to wait), never freed for a second run.
     */
    private void keep(String id, String hash, Instant receivedAt, ContentCachingResponseWrapper answer) {
        try {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("requestHash").is(hash)),
                    new Update().set("status", answer.getStatus()).set("contentType", answer.getContentType())
                            .set("location", answer.getHeader(HttpHeaders.LOCATION))
                            .set("body", answer.getContentAsByteArray())
                            .set("expiresAt", receivedAt.plus(KEPT_FOR)),
                    IdempotentAnswer.class);
        } catch (RuntimeException notKept) {
            log.warn("The answer to a request with an Idempotency-Key could not be kept; its key is held until {}",
                    receivedAt.plus(handlingLease), notKept);
        }
    }

    private void answerAgain(IdempotentAnswer earlier, String hash, HttpServletRequest request,
                             HttpServletResponse response) throws IOException {
        if (!earlier.requestHash().equals(hash)) {
            refuse(request, response, HttpStatus.CONFLICT, KEY_REUSED, "Idempotency-Key already used",
                    "This Idempotency-Key was used in the last 24 hours for a different request. Use a new key for a new request.");
            return;
        }
        if (!earlier.answered()) {
            refuse(request, response, HttpStatus.CONFLICT, KEY_REUSED, "The same request is being handled",
                    "A request with this Idempotency-Key is still being handled; ask again in a moment.");
            return;
        }
        response.setStatus(earlier.status());
        response.setHeader(REPLAYED, "true");
        if (earlier.contentType() != null) {
            response.setContentType(earlier.contentType());
        }
        if (earlier.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, earlier.location());
        }
        if (earlier.body() != null) {
            response.getOutputStream().write(earlier.body());
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
                        String title, String detail) throws IOException {
        FilterProblems.write(FilterProblems.problem(status, type, title, detail), request, response, json);
    }

    private static String callerOf() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null ? "" : caller.getName();
    }

    /** The request as far as "the same request" goes: where it was sent, in what form and what it said. */
    private static String hashOf(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                    + "\n" + request.getContentType() + "\n";
            sha256.update(target.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
