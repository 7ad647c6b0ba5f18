package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Gives the current stage to a responding manager (again, to re-allocate it). */
public record AllocateComplaintCommand(@TargetAggregateIdentifier UUID complaintId, String managerId, String managerName,
                                       String team, String independentPerson) {

    @Override
    public String toString() {
        return "AllocateComplaintCommand[complaintId=" + complaintId + ", managerId=" + managerId + "]";
    }
}
