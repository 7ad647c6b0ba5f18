package org.childrenscomplaints.query.tracker;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.tracker.FindOpenClocksQuery;
import org.childrenscomplaints.api.tracker.OpenClock;
import org.childrenscomplaints.api.tracker.Rag;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The tracker's filters, defined once and applied two ways: as a MongoDB query of the stored
 * clocks (the tracker, and the live stream's snapshot) and as a test of one row (the live stream's
 * updates), so a dashboard is never sent a clock its snapshot would have left out.
 */
final class OpenClockFilter implements Predicate<OpenClock> {

    /** A filter on a field stored just as the row shows it. */
    private record Equals(String field, Object wanted, Function<OpenClock, Object> valueInRow) {
    }

    private final Rag rag;
    private final List<Equals> equalities;

    OpenClockFilter(FindOpenClocksQuery query) {
        rag = query.rag();
        equalities = Stream.of(
                        new Equals("procedure", query.procedure(), OpenClock::procedure),
                        new Equals("team", query.team(), OpenClock::team),
                        new Equals("serviceArea", query.serviceArea(), OpenClock::serviceArea),
                        new Equals("managerId", query.managerId(), OpenClock::managerId))
                .filter(equals -> equals.wanted() != null)
                .toList();
    }

    @Override
    public boolean test(OpenClock row) {
        return (rag == null || rag == row.rag())
                && equalities.stream().allMatch(equals -> equals.wanted().equals(equals.valueInRow().apply(row)));
    }

    /** RAG is not stored: it becomes the due dates that have that RAG on {@code today}, an indexed range. */
    Criteria criteria(LocalDate today, WorkingDayCalendar calendar) {
        Criteria criteria = new Criteria();
        equalities.forEach(equals -> criteria.and(equals.field()).is(equals.wanted()));
        if (rag != null) {
            DueDateBand band = DueDateBand.of(rag, today, calendar);
            Criteria dueDate = criteria.and("dueDate");
            if (band.from() != null) {
                dueDate.gte(band.from());
            }
            if (band.before() != null) {
                dueDate.lt(band.before());
            }
        }
        return criteria;
    }
}
