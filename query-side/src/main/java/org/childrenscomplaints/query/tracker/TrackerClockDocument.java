package org.childrenscomplaints.query.tracker;

import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * One open clock of one case. Its id is derived from the case, stage and clock, so writing the
 * same event twice replaces the document instead of adding one: the projection stays right
 * when an event is delivered again (the embedded MongoDB has no transactions to prevent it).
 */
@Document("tracker_clocks")
record TrackerClockDocument(
        @Id String id,
        String caseId,
        String reference,
        Procedure procedure,
        Stage stage,
        ClockType clock,
        String serviceArea,
        String team,
        String managerId,
        @Indexed LocalDate dueDate,
        boolean extended,
        boolean delayReasonRecorded) {

    /** The tracker's order; the reference breaks ties so pages never overlap. */
    static final Sort MOST_URGENT_FIRST = Sort.by("dueDate", "reference", "stage", "clock");

    static String idOf(String caseId, Stage stage, ClockType clock) {
        return caseId + "/" + stage + "/" + clock;
    }
}
