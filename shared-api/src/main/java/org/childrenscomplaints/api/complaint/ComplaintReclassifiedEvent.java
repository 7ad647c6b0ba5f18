package org.childrenscomplaints.api.complaint;

import org.childrenscomplaints.api.personal.PersonalData;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The complaint moved from one procedure to another before its Stage 1 response. Its due dates
 * are those of the new procedure from the same receipt (the acknowledgement's is null once it has
 * been acknowledged). The reference keeps the letters it was issued with.
 */
public record ComplaintReclassifiedEvent(UUID complaintId, Procedure from, Procedure to, @PersonalData String reason,
                                         @PersonalData String sufficientInterestReason, LocalDate acknowledgementDueOn,
                                         LocalDate stage1ResponseDueOn) {

    @Override
    public String toString() {
        return "ComplaintReclassifiedEvent[complaintId=" + complaintId + ", from=" + from + ", to=" + to + "]";
    }
}
