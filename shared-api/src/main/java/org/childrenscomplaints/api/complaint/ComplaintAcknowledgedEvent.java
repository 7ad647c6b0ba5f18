package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The complainant was told their complaint is being dealt with. {@code stage1ResponseDueOn} is
 * the Stage 1 due date in force afterwards: it moves when the procedure counts Stage 1 from the
 * acknowledgement (the Ombudsman's code for corporate complaints).
 */
public record ComplaintAcknowledgedEvent(UUID complaintId, LocalDate acknowledgedOn, LocalDate stage1ResponseDueOn) {
}
