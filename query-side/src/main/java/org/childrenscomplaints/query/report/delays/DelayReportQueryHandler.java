package org.childrenscomplaints.query.report.delays;

import org.axonframework.queryhandling.QueryHandler;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.report.delays.DelayReport;
import org.childrenscomplaints.api.report.delays.FindDelayReportQuery;
import org.childrenscomplaints.query.complaint.ComplaintCaseDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Answers the delay report from the case views: only the cases with a stage answered in the period are read. */
@Component
public class DelayReportQueryHandler {

    private final MongoTemplate mongo;
    private final WorkingDayCalendar calendar;

    public DelayReportQueryHandler(MongoTemplate mongo, WorkingDayCalendar calendar) {
        this.mongo = mongo;
        this.calendar = calendar;
    }

    @QueryHandler
    public DelayReport handle(FindDelayReportQuery query) {
        // one stage must satisfy both ends: a Stage 1 answered before the period and a Stage 2 after it is no match
        Query answeredInPeriod = new Query(Criteria.where("view.stages").elemMatch(
                Criteria.where("respondedOn").gte(query.from()).lte(query.to())));
        return LateResponses.report(query, mongo.find(answeredInPeriod, ComplaintCaseDocument.class).stream()
                .map(ComplaintCaseDocument::view).toList(), calendar);
    }
}
