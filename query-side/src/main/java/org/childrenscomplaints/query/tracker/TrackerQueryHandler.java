package org.childrenscomplaints.query.tracker;

import org.axonframework.queryhandling.QueryHandler;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.tracker.FindOpenClocksQuery;
import org.childrenscomplaints.api.tracker.OpenClock;
import org.childrenscomplaints.api.tracker.OpenClocksPage;
import org.childrenscomplaints.api.tracker.Rag;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Answers the tracker. Working days left and RAG are worked out on the day of the question, not
 * stored, so a clock turns amber and red as the days pass without any event arriving.
 */
@Component
public class TrackerQueryHandler {

    private final MongoTemplate mongo;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public TrackerQueryHandler(MongoTemplate mongo, WorkingDayCalendar calendar, Clock clock) {
        this.mongo = mongo;
        this.calendar = calendar;
        this.clock = clock;
    }

    @QueryHandler
    public OpenClocksPage handle(FindOpenClocksQuery query) {
        LocalDate today = LocalDate.now(clock);
        Query filter = new Query(criteria(query, today));
        long total = mongo.count(filter, TrackerClockDocument.class);
        // most urgent first; the reference breaks ties so pages never overlap
        filter.with(Sort.by("dueDate", "reference", "stage", "clock"));
        if (query.paged()) {
            filter.skip((long) query.page() * query.size()).limit(query.size());
        }
        return new OpenClocksPage(mongo.find(filter, TrackerClockDocument.class).stream()
                .map(document -> toOpenClock(document, today))
                .toList(), total);
    }

    private Criteria criteria(FindOpenClocksQuery query, LocalDate today) {
        Criteria criteria = new Criteria();
        if (query.procedure() != null) {
            criteria.and("procedure").is(query.procedure());
        }
        if (query.team() != null) {
            criteria.and("team").is(query.team());
        }
        if (query.serviceArea() != null) {
            criteria.and("serviceArea").is(query.serviceArea());
        }
        if (query.managerId() != null) {
            criteria.and("managerId").is(query.managerId());
        }
        if (query.rag() != null) {
            DueDateBand band = DueDateBand.of(query.rag(), today, calendar);
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

    private OpenClock toOpenClock(TrackerClockDocument document, LocalDate today) {
        int workingDaysLeft = calendar.workingDaysLeft(today, document.dueDate());
        return new OpenClock(UUID.fromString(document.caseId()), document.reference(), document.procedure(),
                document.stage(), document.clock(), document.serviceArea(), document.team(), document.managerId(),
                document.dueDate(), workingDaysLeft, Rag.of(workingDaysLeft), document.extended(),
                document.delayReasonRecorded());
    }
}
