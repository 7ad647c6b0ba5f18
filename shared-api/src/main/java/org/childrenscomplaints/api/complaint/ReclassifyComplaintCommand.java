package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The complaint belongs under another procedure; allowed until Stage 1 is answered. */
public record ReclassifyComplaintCommand(@TargetAggregateIdentifier UUID complaintId, Procedure procedure, String reason) {

    @Override
    public String toString() {
        return "ReclassifyComplaintCommand[complaintId=" + complaintId + ", procedure=" + procedure + "]";
    }
}
