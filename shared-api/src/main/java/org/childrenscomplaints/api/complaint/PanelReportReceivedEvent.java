package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;
import java.util.UUID;

/** Stage 3: the panel's report arrived; the council must respond by {@code responseDueOn}. */
public record PanelReportReceivedEvent(UUID complaintId, LocalDate receivedOn, LocalDate responseDueOn) {
}
