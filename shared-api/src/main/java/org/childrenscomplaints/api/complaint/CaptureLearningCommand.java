package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * What the council learnt from an upheld complaint, and the actions it takes. Answered with the
 * learning's id. {@code capturedOn} is today unless given (as it is for history brought in).
 */
public record CaptureLearningCommand(@TargetAggregateIdentifier UUID complaintId, UUID learningId, LocalDate capturedOn,
                                     String category, String summary, List<LearningAction> actions) {

    public CaptureLearningCommand {
        actions = actions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(actions));
    }

    @Override
    public String toString() {
        return "CaptureLearningCommand[complaintId=" + complaintId + ", learningId=" + learningId + "]";
    }
}
