package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A complaint as it stands, without the complainant's personal details. */
public record ComplaintView(
        UUID id,
        String reference,
        Procedure procedure,
        Stage stage,
        CaseStatus status,
        LocalDate receivedOn,
        Channel channel,
        ComplainantRelationship complainantRelationship,
        String serviceArea,
        String team,
        List<String> issues,
        List<DueClock> openClocks) {

    /** A clock the council is running against, and the day it is due. */
    public record DueClock(Stage stage, ClockType clock, LocalDate dueDate) {
    }
}
