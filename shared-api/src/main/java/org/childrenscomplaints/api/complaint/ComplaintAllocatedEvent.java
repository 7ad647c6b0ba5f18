package org.childrenscomplaints.api.complaint;

import java.util.UUID;

/** A stage was given (or given again) to a responding manager; at statutory Stage 2 with its independent person. */
public record ComplaintAllocatedEvent(UUID complaintId, Stage stage, String managerId, String managerName, String team,
                                      String independentPerson) {

    @Override
    public String toString() {
        return "ComplaintAllocatedEvent[complaintId=" + complaintId + ", stage=" + stage + ", managerId=" + managerId + "]";
    }
}
