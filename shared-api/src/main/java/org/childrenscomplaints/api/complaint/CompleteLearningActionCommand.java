package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Action {@code index} (counted from 0) of a piece of learning was done. */
public record CompleteLearningActionCommand(@TargetAggregateIdentifier UUID complaintId, UUID learningId, int index,
                                            LocalDate completedOn) {
}
