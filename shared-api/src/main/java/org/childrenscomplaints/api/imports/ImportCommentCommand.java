package org.childrenscomplaints.api.imports;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.childrenscomplaints.api.comment.RegisterCommentCommand;

import java.time.LocalDate;
import java.util.UUID;

/** A comment from a council's spreadsheet, with the reference it had there, replayed in one unit of work. */
public record ImportCommentCommand(@TargetAggregateIdentifier UUID commentId, String reference,
                                   RegisterCommentCommand registration, LocalDate acknowledgedOn, String allocatedTo,
                                   LocalDate respondedOn, String delayReason) {

    @Override
    public String toString() {
        return "ImportCommentCommand[commentId=" + commentId + "]";
    }
}
