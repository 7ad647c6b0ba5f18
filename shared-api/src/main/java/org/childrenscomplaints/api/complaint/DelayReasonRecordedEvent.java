package org.childrenscomplaints.api.complaint;

import org.childrenscomplaints.api.personal.PersonalData;

import java.util.UUID;

public record DelayReasonRecordedEvent(UUID complaintId, Stage stage, String category, @PersonalData String note) {

    @Override
    public String toString() {
        return "DelayReasonRecordedEvent[complaintId=" + complaintId + ", stage=" + stage + ", category=" + category + "]";
    }
}
