package org.childrenscomplaints.api.comment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.childrenscomplaints.api.complaint.DelayReason;

import java.time.LocalDate;
import java.util.UUID;

/** The answer to a comment; a late one comes with its delay reason. */
public record RespondToCommentCommand(@TargetAggregateIdentifier UUID commentId, LocalDate respondedOn,
                                      DelayReason delayReason) {
}
