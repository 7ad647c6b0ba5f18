package org.childrenscomplaints.api.comment;

import org.childrenscomplaints.api.personal.PersonalData;

import java.time.LocalDate;
import java.util.UUID;

/** The comment was answered; {@code delayReason} (a configured category) when the answer was late. */
public record CommentRespondedEvent(UUID commentId, LocalDate respondedOn, String delayReason, @PersonalData String delayNote) {

    @Override
    public String toString() {
        return "CommentRespondedEvent[commentId=" + commentId + ", respondedOn=" + respondedOn + "]";
    }
}
