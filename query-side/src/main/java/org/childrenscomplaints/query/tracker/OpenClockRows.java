package org.childrenscomplaints.query.tracker;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.tracker.OpenClock;
import org.childrenscomplaints.api.tracker.Rag;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Tracker rows from stored clocks. Working days left and RAG are worked out on the day a row is
 * read or sent, not stored, so a clock turns amber and red as the days pass without any event
 * arriving; the tracker's answers and its live updates both come from here so they never disagree.
 */
@Component
class OpenClockRows {

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    OpenClockRows(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    List<OpenClock> asOf(LocalDate today, List<TrackerClockDocument> documents) {
        return documents.stream().map(document -> row(document, today)).toList();
    }

    private OpenClock row(TrackerClockDocument document, LocalDate today) {
        int workingDaysLeft = calendar.workingDaysLeft(today, document.dueDate());
        return new OpenClock(UUID.fromString(document.caseId()), document.reference(), document.procedure(),
                document.stage(), document.clock(), document.serviceArea(), document.team(), document.managerId(),
                document.dueDate(), workingDaysLeft, Rag.of(workingDaysLeft), document.extended(),
                document.delayReasonRecorded());
    }
}
