package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;
import java.util.UUID;

public record ExtensionAgreedEvent(UUID complaintId, Stage stage, LocalDate agreedOn, LocalDate newDueDate,
                                   String reason) {

    @Override
    public String toString() {
        return "ExtensionAgreedEvent[complaintId=" + complaintId + ", stage=" + stage + ", newDueDate=" + newDueDate + "]";
    }
}
