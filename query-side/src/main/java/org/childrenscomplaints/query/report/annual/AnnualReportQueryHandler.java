package org.childrenscomplaints.query.report.annual;

import org.axonframework.queryhandling.QueryHandler;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.ComplaintView.LearningActionView;
import org.childrenscomplaints.api.report.AnnualReport;
import org.childrenscomplaints.api.report.AnnualReport.LearningEntry;
import org.childrenscomplaints.api.report.FindAnnualReportQuery;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Stream;

/**
 * Answers the annual report: its counts from the years' figures (a fixed number of documents whatever
 * the year's size), its learning table from the year's complaints that have learning.
 */
@Component
public class AnnualReportQueryHandler {

    private final MongoTemplate mongo;
    private final YearFiguresStore figures;

    public AnnualReportQueryHandler(MongoTemplate mongo, YearFiguresStore figures) {
        this.mongo = mongo;
        this.figures = figures;
    }

    @QueryHandler
    public AnnualReport handle(FindAnnualReportQuery query) {
        return AnnualReportAssembler.assemble(query.year(), figures.countsOf(query.year()),
                figures.countsOf(query.year() - 1), learning(query.year()));
    }

    /** The learning from the year's complaints, by reference; what was learnt and done, never who was involved. */
    private List<LearningEntry> learning(int year) {
        Query withLearning = Query.query(Criteria.where("year").is(year).and("hasLearning").is(true))
                .with(Sort.by("complaint.reference"));
        return mongo.find(withLearning, ReportedContact.class).stream()
                .map(ReportedContact::complaint)
                .flatMap(AnnualReportQueryHandler::entries)
                .toList();
    }

    private static Stream<LearningEntry> entries(ComplaintView complaint) {
        return complaint.learning().stream().map(learning -> new LearningEntry(complaint.reference(), learning.category(),
                learning.summary(), learning.actions().stream().map(LearningActionView::description).toList(),
                learning.actions().stream().allMatch(action -> action.completedOn() != null)));
    }
}
