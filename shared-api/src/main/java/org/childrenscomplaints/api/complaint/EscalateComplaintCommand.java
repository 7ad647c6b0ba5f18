package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The complainant asked for the next stage, or took the complaint to the Ombudsman. */
public record EscalateComplaintCommand(@TargetAggregateIdentifier UUID complaintId, Stage toStage, LocalDate requestedOn,
                                       String lateRequestReason, String ombudsmanReference) {

    @Override
    public String toString() {
        return "EscalateComplaintCommand[complaintId=" + complaintId + ", toStage=" + toStage + "]";
    }
}
