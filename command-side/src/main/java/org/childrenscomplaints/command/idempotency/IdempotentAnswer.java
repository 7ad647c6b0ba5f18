package org.childrenscomplaints.command.idempotency;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * The first answer to a request sent with an {@code Idempotency-Key}, kept for a day beside the
 * other stored state (so it holds across restarts and between instances). {@code id} is the
 * caller and the key: one caller's key never answers another's. Until {@code status} is set the
 * first request is still being handled, and {@code expiresAt} is the end of its short lease; then
 * the end of the day it is kept. MongoDB removes it once {@code expiresAt} has passed.
 */
@Document("idempotency_keys")
record IdempotentAnswer(@Id String id, String requestHash, Instant receivedAt,
                        @Indexed(expireAfter = "0s") Instant expiresAt,
                        Integer status, String contentType, String location, byte[] body) {

    static IdempotentAnswer pending(String id, String requestHash, Instant receivedAt, Instant expiresAt) {
        return new IdempotentAnswer(id, requestHash, receivedAt, expiresAt, null, null, null, null);
    }

    boolean answered() {
        return status != null;
    }

}
