package org.childrenscomplaints.api.comment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The comment is forwarded to the manager who will answer it. */
public record AllocateCommentCommand(@TargetAggregateIdentifier UUID commentId, String managerId, String managerName,
                                     String team) {
}
