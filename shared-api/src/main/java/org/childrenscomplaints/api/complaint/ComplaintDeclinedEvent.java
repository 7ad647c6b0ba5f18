package org.childrenscomplaints.api.complaint;

import org.childrenscomplaints.api.personal.PersonalData;

import java.time.LocalDate;
import java.util.UUID;

/** The council declined the complaint at {@code stage}, with its reason; every clock stops. */
public record ComplaintDeclinedEvent(UUID complaintId, Stage stage, LocalDate declinedOn, @PersonalData String reason) {

    @Override
    public String toString() {
        return "ComplaintDeclinedEvent[complaintId=" + complaintId + ", stage=" + stage + "]";
    }
}
