package org.childrenscomplaints.command.idempotency;

import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of whatever a command creates (a case, a piece of learning). Random, unless the request
 * carries an {@code Idempotency-Key}: then it is derived from the caller, the key and the request
 * itself, so a retry that runs the command again (its first answer lost in a crash, or its key
 * freed when the handling lease ran out) names the same case, and the aggregate answers with what
 * the first run created instead of creating it twice.
 */
public final class NewIds {

    /** Set by {@link IdempotencyFilter}: who sent the key, the key, and what was asked. */
    static final String REQUEST_IDENTITY = NewIds.class.getName() + ".requestIdentity";

    private NewIds() {
    }

    /** @param kind what is created, so one request never derives the same id for two kinds of thing */
    public static UUID forRequest(HttpServletRequest request, String kind) {
        Object identity = request.getAttribute(REQUEST_IDENTITY);
        if (identity == null) {
            return UUID.randomUUID();
        }
        return UUID.nameUUIDFromBytes((kind + "\n" + identity).getBytes(StandardCharsets.UTF_8));
    }
}
