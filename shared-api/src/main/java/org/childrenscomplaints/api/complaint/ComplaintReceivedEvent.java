package org.childrenscomplaints.api.complaint;

import org.childrenscomplaints.api.personal.PersonalData;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A complaint was received. The due dates are decided here, under the policy and calendar in
 * force at receipt, so the case's history keeps the dates the council was held to.
 */
public record ComplaintReceivedEvent(
        UUID complaintId,
        String reference,
        Procedure procedure,
        LocalDate receivedOn,
        Channel channel,
        Complainant complainant,
        String serviceArea,
        String team,
        List<String> issues,
        @PersonalData String summary,
        LocalDate matterOccurredOn,
        @PersonalData String lateAcceptanceReason,
        @PersonalData String sufficientInterestReason,
        Boolean advocacyOffered,
        LocalDate acknowledgementDueOn,
        LocalDate stage1ResponseDueOn) {

    public ComplaintReceivedEvent {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    @Override
    public String toString() {
        return "ComplaintReceivedEvent[complaintId=" + complaintId + ", reference=" + reference + "]";
    }
}
