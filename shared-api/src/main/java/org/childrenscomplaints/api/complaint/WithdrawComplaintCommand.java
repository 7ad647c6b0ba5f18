package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record WithdrawComplaintCommand(@TargetAggregateIdentifier UUID complaintId, LocalDate withdrawnOn, String reason) {

    @Override
    public String toString() {
        return "WithdrawComplaintCommand[complaintId=" + complaintId + "]";
    }
}
