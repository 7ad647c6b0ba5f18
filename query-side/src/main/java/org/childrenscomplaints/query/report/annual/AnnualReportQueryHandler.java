package org.childrenscomplaints.query.report.annual;

import org.axonframework.queryhandling.QueryHandler;
import org.childrenscomplaints.api.report.AnnualReport;
import org.childrenscomplaints.api.report.FindAnnualReportQuery;
import org.springframework.stereotype.Component;

/**
 * Answers the annual report from the year's figures and learning table: a fixed number of
 * documents whatever the year's size, and none of any other year but the one before.
 */
@Component
public class AnnualReportQueryHandler {

    private final YearFiguresStore figures;
    private final LearningTable learning;

    public AnnualReportQueryHandler(YearFiguresStore figures, LearningTable learning) {
        this.figures = figures;
        this.learning = learning;
    }

    @QueryHandler
    public AnnualReport handle(FindAnnualReportQuery query) {
        return AnnualReportAssembler.assemble(query.year(), figures.countsOf(query.year()),
                figures.countsOf(query.year() - 1), learning.of(query.year()));
    }
}
