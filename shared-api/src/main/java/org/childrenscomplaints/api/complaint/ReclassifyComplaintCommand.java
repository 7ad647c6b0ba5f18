package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * The complaint belongs under another procedure; allowed until Stage 1 is answered. Moving it to
 * the statutory procedure for someone without a qualifying relationship needs the council's
 * sufficient-interest decision, given here if it was not at registration.
 */
public record ReclassifyComplaintCommand(@TargetAggregateIdentifier UUID complaintId, Procedure procedure, String reason,
                                         String sufficientInterestReason) {

    @Override
    public String toString() {
        return "ReclassifyComplaintCommand[complaintId=" + complaintId + ", procedure=" + procedure + "]";
    }
}
