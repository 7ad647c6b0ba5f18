package org.childrenscomplaints.api.complaint;

import org.childrenscomplaints.api.personal.PersonalData;

import java.time.LocalDate;
import java.util.UUID;

/** The complainant withdrew the complaint while it was at {@code stage}; every clock stops. */
public record ComplaintWithdrawnEvent(UUID complaintId, Stage stage, LocalDate withdrawnOn, @PersonalData String reason) {

    @Override
    public String toString() {
        return "ComplaintWithdrawnEvent[complaintId=" + complaintId + ", stage=" + stage + "]";
    }
}
