package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record OmbudsmanDecisionRecordedEvent(UUID complaintId, LocalDate decidedOn, OmbudsmanDecision decision,
                                             Boolean findingsAccepted, Boolean publicReport, List<Remedy> remedies) {

    public OmbudsmanDecisionRecordedEvent {
        remedies = remedies == null ? List.of() : List.copyOf(remedies);
    }
}
