package org.childrenscomplaints.command.complaint.register;

import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.Complainant;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.RegisterComplaintCommand;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST /api/complaints} as the contract fixes it; the case's id is ours to choose. */
public record RegisterComplaintRequest(
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

    RegisterComplaintCommand toCommand(UUID complaintId) {
        return new RegisterComplaintCommand(complaintId, procedure, receivedOn, channel, complainant, serviceArea, team,
                issues, summary, matterOccurredOn, lateAcceptanceReason, sufficientInterestReason, advocacyOffered,
                reference);
    }
}
