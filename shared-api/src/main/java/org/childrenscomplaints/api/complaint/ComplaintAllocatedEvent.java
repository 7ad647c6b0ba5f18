package org.childrenscomplaints.api.complaint;

import org.childrenscomplaints.api.personal.PersonalData;

import java.util.UUID;

/** A stage was given (or given again) to a responding manager; at statutory Stage 2 with its independent person. */
public record ComplaintAllocatedEvent(UUID complaintId, Stage stage, String managerId, @PersonalData String managerName, String team,
                                      @PersonalData String independentPerson) {

    @Override
    public String toString() {
        return "ComplaintAllocatedEvent[complaintId=" + complaintId + ", stage=" + stage + ", managerId=" + managerId + "]";
    }
}
