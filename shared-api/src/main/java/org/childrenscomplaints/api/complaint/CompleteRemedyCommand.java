package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Remedy {@code index} (counted from 0) of the Ombudsman's decision was carried out. */
public record CompleteRemedyCommand(@TargetAggregateIdentifier UUID complaintId, int index, LocalDate completedOn) {
}
