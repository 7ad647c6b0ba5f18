package org.childrenscomplaints.query.report.annual;

import org.axonframework.queryhandling.QueryGateway;
import org.childrenscomplaints.api.report.AnnualReport;
import org.childrenscomplaints.api.report.FindAnnualReportQuery;
import org.childrenscomplaints.api.web.FieldProblem;
import org.childrenscomplaints.api.web.ProblemDetailsAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The annual report for the reporting year starting 1 April {year}. */
@RestController
public class AnnualReportController {

    /** Before the Children Act 1989 representations procedure there is nothing to report. */
    static final int FIRST_YEAR = 1991;
    static final int LAST_YEAR = 9998;

    private final QueryGateway queryGateway;

    public AnnualReportController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping(path = "/api/reports/annual/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    public AnnualReport json(@PathVariable int year) {
        return report(year);
    }

    AnnualReport report(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.invalidRequest(
                    "A reporting year is named by the year it starts in, from " + FIRST_YEAR + " to " + LAST_YEAR + ".",
                    List.of(new FieldProblem("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR))), null);
        }
        return queryGateway.query(new FindAnnualReportQuery(year), AnnualReport.class).join();
    }
}
