package org.childrenscomplaints.api.comment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record AcknowledgeCommentCommand(@TargetAggregateIdentifier UUID commentId, LocalDate acknowledgedOn) {
}
