package org.childrenscomplaints.api.calendar;

import org.childrenscomplaints.api.web.FieldProblem;
import org.childrenscomplaints.api.web.ProblemDetailsAdvice;

import java.time.LocalDate;
import java.util.List;

/** The dates a question about the records may name: any other cannot match a case, and would overflow stores' date types. */
public final class RecordDates {

    /** No council's records go back before the Children Act 1989 procedure came in (April 1991). */
    public static final LocalDate EARLIEST = LocalDate.of(1991, 4, 1);
    /** Far enough ahead for any period a council plans; keeps date arithmetic far from its limits. */
    public static final LocalDate LATEST = LocalDate.of(9999, 3, 31);

    private RecordDates() {
    }

    /** Refuses, as a 400 naming {@code field}, a date outside the records. */
    public static void checkWithin(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw ProblemDetailsAdvice.badRequest("The records cover " + EARLIEST + " to " + LATEST + ".",
                    List.of(new FieldProblem(field, "must be between " + EARLIEST + " and " + LATEST)));
        }
    }
}
