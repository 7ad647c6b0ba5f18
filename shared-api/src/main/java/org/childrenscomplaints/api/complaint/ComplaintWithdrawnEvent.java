package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;
import java.util.UUID;

/** The complainant withdrew the complaint while it was at {@code stage}; every clock stops. */
public record ComplaintWithdrawnEvent(UUID complaintId, Stage stage, LocalDate withdrawnOn, String reason) {

    @Override
    public String toString() {
        return "ComplaintWithdrawnEvent[complaintId=" + complaintId + ", stage=" + stage + "]";
    }
}
