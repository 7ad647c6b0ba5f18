package org.childrenscomplaints.query.tracker;

import org.axonframework.queryhandling.QueryHandler;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.tracker.FindOpenClocksQuery;
import org.childrenscomplaints.api.tracker.OpenClock;
import org.childrenscomplaints.api.tracker.OpenClocksPage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** Answers the tracker: the stored clocks the filters select, as rows of the day of the question. */
@Component
public class TrackerQueryHandler {

    private final MongoTemplate mongo;
    private final OpenClockRows rows;
    private final WorkingDayCalendar calendar;

    TrackerQueryHandler(MongoTemplate mongo, OpenClockRows rows, WorkingDayCalendar calendar) {
        this.mongo = mongo;
        this.rows = rows;
        this.calendar = calendar;
    }

    @QueryHandler
    public OpenClocksPage handle(FindOpenClocksQuery query) {
        LocalDate today = rows.today();
        Query filter = new Query(new OpenClockFilter(query).criteria(today, calendar));
        if (!query.paged()) {
            // every match is read anyway: counting them as well would read them all twice
            List<OpenClock> every = mostUrgentFirst(filter, today);
            return new OpenClocksPage(every, every.size());
        }
        // before the page is set: Spring Data counts within a query's skip and limit
        long total = mongo.count(filter, TrackerClockDocument.class);
        filter.skip((long) query.page() * query.size()).limit(query.size());
        return new OpenClocksPage(mostUrgentFirst(filter, today), total);
    }

    private List<OpenClock> mostUrgentFirst(Query filter, LocalDate today) {
        return rows.asOf(today, mongo.find(filter.with(TrackerClockDocument.MOST_URGENT_FIRST), TrackerClockDocument.class));
    }
}
