package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RecordDelayReasonCommand(@TargetAggregateIdentifier UUID complaintId, DelayReason delayReason) {
}
