package org.childrenscomplaints.command.policy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code complaints.comments.*}: comments are monitored like a Stage 1, in working days from receipt:
 * acknowledged within {@code acknowledgeWithin}, answered within {@code respondWithin}.
 */
@ConfigurationProperties("complaints.comments")
public record CommentPolicy(Integer acknowledgeWithin, Integer respondWithin) {

    public CommentPolicy {
        acknowledgeWithin = acknowledgeWithin == null ? 5 : acknowledgeWithin;
        respondWithin = respondWithin == null ? 10 : respondWithin;
        if (acknowledgeWithin < 0 || respondWithin < 0) {
            throw new IllegalArgumentException("a comment's time limits must be zero or more working days");
        }
    }

    public static CommentPolicy defaults() {
        return new CommentPolicy(null, null);
    }
}
