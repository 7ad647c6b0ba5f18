package org.childrenscomplaints.query.report.delays;

import org.childrenscomplaints.api.calendar.RecordDates;
import org.childrenscomplaints.api.calendar.ReportingYear;
import org.childrenscomplaints.api.report.delays.FindDelayReportQuery;
import org.childrenscomplaints.api.web.FieldProblem;
import org.childrenscomplaints.api.web.ProblemDetailsAdvice;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The period a report is asked for, either end optional: by default the reporting year so far. */
final class ReportPeriod {

    /**
     * Long enough for any trend scrutiny looks at (the seeds compare quarters and years), short
     * enough that one request cannot pull the council's whole history into memory: every case with a
     * response in the period is loaded to answer.
     */
    static final Period LONGEST = Period.ofYears(5);

    private ReportPeriod() {
    }

    /** {@code to} defaults to today, {@code from} to the first day of the reporting year {@code to} is in. */
    static FindDelayReportQuery of(LocalDate from, LocalDate to, LocalDate today) {
        RecordDates.checkWithin("from", from);
        RecordDates.checkWithin("to", to);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? ReportingYear.firstDay(ReportingYear.containing(end)) : from;
        if (end.isBefore(start)) {
            throw ProblemDetailsAdvice.badRequest("The period ends before it starts.", List.of(to == null
                    ? new FieldProblem("from", "cannot be after today, where the period ends when to is not given")
                    : new FieldProblem("to", "cannot be before from")));
        }
        if (!end.isBefore(start.plus(LONGEST))) {
            throw ProblemDetailsAdvice.badRequest("A report covers at most " + LONGEST.getYears() + " years.",
                    List.of(new FieldProblem("from", "must be less than " + LONGEST.getYears() + " years before to")));
        }
        return new FindDelayReportQuery(start, end);
    }
}
