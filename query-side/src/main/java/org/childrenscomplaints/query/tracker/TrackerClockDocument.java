package org.childrenscomplaints.query.tracker;

import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One open clock of one case. Its id is derived from the case, stage and clock, so writing the
 * same event twice replaces the document instead of adding one: the projection stays right
 * when an event is delivered again (the embedded MongoDB has no transactions to prevent it).
 */
@Document("tracker_clocks")
@CompoundIndex(name = "most_urgent_first", def = "{'dueDate': 1, 'reference': 1, 'stage': 1, 'clock': 1}")
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
        LocalDate dueDate,
        boolean extended,
        boolean delayReasonRecorded) {

    /**
     * The tracker's order; the reference breaks ties so pages never overlap. Indexed whole
     * ({@code most_urgent_first}), so the first page is read from the index's start, not sorted.
     */
    static final Sort MOST_URGENT_FIRST = Sort.by("dueDate", "reference", "stage", "clock");

    /** The same order for clocks in hand, as MongoDB sorts them: missing values first, enums by name. */
    static final Comparator<TrackerClockDocument> MOST_URGENT_FIRST_IN_MEMORY =
            Comparator.comparing(TrackerClockDocument::dueDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(TrackerClockDocument::reference, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(clock -> clock.stage().name())
                    .thenComparing(clock -> clock.clock().name());

    TrackerClockDocument dueOn(LocalDate newDueDate, boolean isExtended) {
        return new TrackerClockDocument(id, caseId, reference, procedure, stage, clock, serviceArea, team, managerId,
                newDueDate, isExtended, delayReasonRecorded);
    }

    TrackerClockDocument allocatedTo(String manager) {
        return new TrackerClockDocument(id, caseId, reference, procedure, stage, clock, serviceArea, team, manager,
                dueDate, extended, delayReasonRecorded);
    }

    TrackerClockDocument withDelayReasonRecorded() {
        return new TrackerClockDocument(id, caseId, reference, procedure, stage, clock, serviceArea, team, managerId,
                dueDate, extended, true);
    }

    TrackerClockDocument under(Procedure newProcedure) {
        return new TrackerClockDocument(id, caseId, reference, newProcedure, stage, clock, serviceArea, team, managerId,
                dueDate, extended, delayReasonRecorded);
    }

    /** The next clock of the same stage, with who has the stage and its delay reason; never extended. */
    TrackerClockDocument movedOn(String nextId, ClockType next, LocalDate nextDueDate) {
        return new TrackerClockDocument(nextId, caseId, reference, procedure, stage, next, serviceArea, team, managerId,
                nextDueDate, false, delayReasonRecorded);
    }

    static String idOf(String caseId, Stage stage, ClockType clock) {
        return caseId + "/" + stage + "/" + clock;
    }
}
