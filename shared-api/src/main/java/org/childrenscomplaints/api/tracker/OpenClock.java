package org.childrenscomplaints.api.tracker;

import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;

import java.time.LocalDate;
import java.util.UUID;

/** One row of the tracker: a clock still running on a case, as it stands on the day it is read. */
public record OpenClock(
        UUID id,
        String reference,
        Procedure procedure,
        Stage stage,
        ClockType clock,
        String serviceArea,
        String team,
        String managerId,
        LocalDate dueDate,
        int workingDaysLeft,
        Rag rag,
        boolean extended,
        boolean delayReasonRecorded) {
}
