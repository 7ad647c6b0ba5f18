package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

public record RecordOmbudsmanDecisionCommand(@TargetAggregateIdentifier UUID complaintId, LocalDate decidedOn,
                                             OmbudsmanDecision decision, Boolean findingsAccepted, Boolean publicReport,
                                             List<Remedy> remedies) {

    public RecordOmbudsmanDecisionCommand {
        remedies = remedies == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(remedies));
    }
}
