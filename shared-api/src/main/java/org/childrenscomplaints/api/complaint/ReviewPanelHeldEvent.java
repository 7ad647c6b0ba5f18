package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;
import java.util.UUID;

/** Stage 3: the review panel met; its report is due on {@code reportDueOn}. */
public record ReviewPanelHeldEvent(UUID complaintId, LocalDate heldOn, LocalDate reportDueOn) {
}
