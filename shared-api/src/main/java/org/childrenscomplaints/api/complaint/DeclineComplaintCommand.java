package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The council will not consider the complaint (out of scope, an exclusion, concurrent proceedings...). */
public record DeclineComplaintCommand(@TargetAggregateIdentifier UUID complaintId, LocalDate declinedOn, String reason) {

    @Override
    public String toString() {
        return "DeclineComplaintCommand[complaintId=" + complaintId + "]";
    }
}
