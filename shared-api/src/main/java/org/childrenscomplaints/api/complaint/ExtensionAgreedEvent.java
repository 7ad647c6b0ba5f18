package org.childrenscomplaints.api.complaint;

import org.childrenscomplaints.api.personal.PersonalData;

import java.time.LocalDate;
import java.util.UUID;

public record ExtensionAgreedEvent(UUID complaintId, Stage stage, LocalDate agreedOn, LocalDate newDueDate,
                                   @PersonalData String reason) {

    @Override
    public String toString() {
        return "ExtensionAgreedEvent[complaintId=" + complaintId + ", stage=" + stage + ", newDueDate=" + newDueDate + "]";
    }
}
