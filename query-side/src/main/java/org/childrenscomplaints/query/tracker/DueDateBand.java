package org.childrenscomplaints.query.tracker;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.tracker.Rag;

import java.time.LocalDate;

/**
 * The due dates that give an open clock a RAG status on a given day, so the tracker filters by
 * RAG with an indexed range query instead of computing every clock's status.
 *
 * @param from   the earliest due date in the band, or null for no lower bound
 * @param before the first due date past the band, or null for no upper bound
 */
record DueDateBand(LocalDate from, LocalDate before) {

    static DueDateBand of(Rag rag, LocalDate today, WorkingDayCalendar calendar) {
        // a due date before the last working day up to today has had a working day pass since it
        LocalDate overdueBefore = calendar.previousWorkingDayOnOrBefore(today);
        LocalDate greenFrom = calendar.nthWorkingDayAfter(today, Rag.AMBER_WORKING_DAYS + 1);
        return switch (rag) {
            case RED -> new DueDateBand(null, overdueBefore);
            case AMBER -> new DueDateBand(overdueBefore, greenFrom);
            case GREEN -> new DueDateBand(greenFrom, null);
        };
    }

    boolean contains(LocalDate dueDate) {
        return (from == null || !dueDate.isBefore(from)) && (before == null || dueDate.isBefore(before));
    }
}
