package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;
import java.util.UUID;

public record RemedyCompletedEvent(UUID complaintId, int index, LocalDate completedOn) {
}
