package org.childrenscomplaints.api.comment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.Complainant;
import org.childrenscomplaints.api.security.IntakeCommand;

import java.time.LocalDate;
import java.util.UUID;

/** An observation or suggestion about a service: not a complaint, but answered like a Stage 1. */
public record RegisterCommentCommand(@TargetAggregateIdentifier UUID commentId, LocalDate receivedOn, Channel channel,
                                     String serviceArea, String team, String summary, Complainant complainant)
        implements IntakeCommand {

    @Override
    public String toString() {
        return "RegisterCommentCommand[commentId=" + commentId + "]";
    }
}
