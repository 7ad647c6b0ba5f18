package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record AcknowledgeComplaintCommand(@TargetAggregateIdentifier UUID complaintId, LocalDate acknowledgedOn) {
}
