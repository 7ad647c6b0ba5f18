package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Stage 3: the review panel met on {@code heldOn}; its report, when given, arrived on {@code reportReceivedOn}. */
public record RecordReviewPanelCommand(@TargetAggregateIdentifier UUID complaintId, LocalDate heldOn,
                                       LocalDate reportReceivedOn) {
}
