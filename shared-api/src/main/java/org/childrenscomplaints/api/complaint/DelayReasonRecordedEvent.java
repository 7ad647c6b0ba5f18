package org.childrenscomplaints.api.complaint;

import java.util.UUID;

public record DelayReasonRecordedEvent(UUID complaintId, Stage stage, String category, String note) {

    @Override
    public String toString() {
        return "DelayReasonRecordedEvent[complaintId=" + complaintId + ", stage=" + stage + ", category=" + category + "]";
    }
}
