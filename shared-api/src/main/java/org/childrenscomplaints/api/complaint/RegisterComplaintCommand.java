package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Records a complaint as received. {@code reference} is optional: one is issued when absent. */
public record RegisterComplaintCommand(
        @TargetAggregateIdentifier UUID complaintId,
        Procedure procedure,
        LocalDate receivedOn,
        Channel channel,
        Complainant complainant,
        String serviceArea,
        String team,
        List<String> issues,
        String summary,
        LocalDate matterOccurredOn,
        String lateAcceptanceReason,
        String sufficientInterestReason,
        Boolean advocacyOffered,
        String reference) {

    public RegisterComplaintCommand {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    @Override
    public String toString() {
        return "RegisterComplaintCommand[complaintId=" + complaintId + ", procedure=" + procedure + "]";
    }
}
