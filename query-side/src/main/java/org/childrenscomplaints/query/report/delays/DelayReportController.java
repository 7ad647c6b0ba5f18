package org.childrenscomplaints.query.report.delays;

import org.axonframework.queryhandling.QueryGateway;
import org.childrenscomplaints.api.report.delays.DelayReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

@RestController
public class DelayReportController {

    private final QueryGateway queryGateway;
    private final Clock clock;

    public DelayReportController(QueryGateway queryGateway, Clock clock) {
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    /** Late responses sent from {@code from} to {@code to} (both included); the reporting year so far by default. */
    @GetMapping("/api/reports/delays")
    public DelayReport delays(@RequestParam(required = false) LocalDate from,
                              @RequestParam(required = false) LocalDate to) {
        return queryGateway.query(ReportPeriod.of(from, to, LocalDate.now(clock)), DelayReport.class).join();
    }
}
