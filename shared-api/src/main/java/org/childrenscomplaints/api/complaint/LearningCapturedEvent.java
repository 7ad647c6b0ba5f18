package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record LearningCapturedEvent(UUID complaintId, UUID learningId, LocalDate capturedOn, String category,
                                    String summary, List<LearningAction> actions) {

    public LearningCapturedEvent {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    @Override
    public String toString() {
        return "LearningCapturedEvent[complaintId=" + complaintId + ", learningId=" + learningId + "]";
    }
}
