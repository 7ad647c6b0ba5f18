package org.childrenscomplaints.query.notification;

import java.util.List;

/** Where a notification stands. Only PENDING and FAILED ones are (re)sent; every other status is final. */
public enum DeliveryStatus {
    /** Waiting for the dispatcher. */
    PENDING,
    /** Accepted by the mail relay. */
    SENT,
    /** No mail server is configured (the embedded default): written to the log instead. */
    LOGGED,
    /** The last attempt failed ({@code lastError}); tried again at {@code nextAttemptAt}. */
    FAILED,
    /** The person takes a daily digest: the reminder is in their next one instead. */
    IN_DIGEST,
    /** Nobody in the directory holds the role ({@code lastError} says which): fix the directory. */
    NO_ADDRESS;

    static final List<DeliveryStatus> TO_SEND = List.of(PENDING, FAILED);
}
