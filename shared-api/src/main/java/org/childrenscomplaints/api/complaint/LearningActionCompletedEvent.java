package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;
import java.util.UUID;

public record LearningActionCompletedEvent(UUID complaintId, UUID learningId, int index, LocalDate completedOn) {
}
