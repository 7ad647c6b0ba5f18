package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.childrenscomplaints.api.security.IntakeCommand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
        String reference) implements IntakeCommand {

    public RegisterComplaintCommand {
        // a null item stays, for the handler to name as a missing field instead of failing here
        issues = issues == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(issues));
    }

    @Override
    public String toString() {
        return "RegisterComplaintCommand[complaintId=" + complaintId + ", procedure=" + procedure + "]";
    }
}
