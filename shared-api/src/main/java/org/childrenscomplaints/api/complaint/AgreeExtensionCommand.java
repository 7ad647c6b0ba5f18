package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The complainant agreed that the current stage may be answered later, by {@code newDueDate}. */
public record AgreeExtensionCommand(@TargetAggregateIdentifier UUID complaintId, LocalDate agreedOn,
                                    LocalDate newDueDate, String reason) {

    @Override
    public String toString() {
        return "AgreeExtensionCommand[complaintId=" + complaintId + ", newDueDate=" + newDueDate + "]";
    }
}
