package org.childrenscomplaints.query.report.learning;

import org.axonframework.queryhandling.QueryHandler;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.report.learning.FindLearningGapsQuery;
import org.childrenscomplaints.api.report.learning.LearningGaps;
import org.childrenscomplaints.query.complaint.ComplaintCaseDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Answers the learning gaps from the case views. Which actions are overdue depends on the day of the
 * question, so it is worked out then, not stored: an action turns overdue without any event.
 */
@Component
public class LearningGapsQueryHandler {

    private final MongoTemplate mongo;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public LearningGapsQueryHandler(MongoTemplate mongo, WorkingDayCalendar calendar, Clock clock) {
        this.mongo = mongo;
        this.calendar = calendar;
        this.clock = clock;
    }

    @QueryHandler
    public LearningGaps handle(FindLearningGapsQuery query) {
        LocalDate today = LocalDate.now(clock);
        // the candidates only: which stage was upheld first, and which actions are still open, is decided in memory
        Query candidates = new Query(new Criteria().orOperator(
                Criteria.where("view.stages.outcome").in(LearningGapFinder.CALLS_FOR_LEARNING).and("view.learning").size(0),
                Criteria.where("view.learning.actions.dueDate").lt(today)));
        return LearningGapFinder.find(mongo.find(candidates, ComplaintCaseDocument.class).stream()
                .map(ComplaintCaseDocument::view).toList(), today, calendar);
    }
}
