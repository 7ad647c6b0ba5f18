package org.childrenscomplaints.api.complaint;

import org.childrenscomplaints.api.personal.PersonalData;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The complaint moved on to {@code toStage}. For a stage of the council's own, {@code firstClock}
 * is the clock it starts (Stage 2: RESPONSE; Stage 3: PANEL) and {@code firstClockDueOn} its due
 * date; a referral to the Ombudsman starts none, and closes every clock still open.
 */
public record ComplaintEscalatedEvent(UUID complaintId, Stage toStage, LocalDate requestedOn, @PersonalData String lateRequestReason,
                                      String ombudsmanReference, ClockType firstClock, LocalDate firstClockDueOn) {

    @Override
    public String toString() {
        return "ComplaintEscalatedEvent[complaintId=" + complaintId + ", toStage=" + toStage + "]";
    }
}
