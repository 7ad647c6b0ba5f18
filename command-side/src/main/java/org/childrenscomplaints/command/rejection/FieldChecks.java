package org.childrenscomplaints.command.rejection;

import org.childrenscomplaints.api.web.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of a command, so the sender learns them all in one answer. */
public final class FieldChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    public FieldChecks require(Object value, String field) {
        boolean missing = value == null || (value instanceof String text && text.isBlank())
                || (value instanceof List<?> list && list.isEmpty());
        return check(!missing, field, "is required");
    }

    /**
     * A date on which something happened in the business: it must be given, cannot be in the
     * future, and cannot come before {@code earliest} (when there is one).
     */
    public FieldChecks businessDate(LocalDate date, String field, LocalDate today, LocalDate earliest,
                                    String earliestDescription) {
        require(date, field);
        if (date != null) {
            check(!date.isAfter(today), field, "cannot be in the future");
            check(earliest == null || !date.isBefore(earliest), field,
                    "cannot be before " + earliestDescription + " (" + earliest + ")");
        }
        return this;
    }

    /** Records the problem when {@code holds} is false. */
    public FieldChecks check(boolean holds, String field, String message) {
        if (!holds) {
            problems.add(new FieldProblem(field, message));
        }
        return this;
    }

    public boolean isValid(String field) {
        return problems.stream().noneMatch(problem -> problem.field().equals(field));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw CommandRejectedException.invalid(problems);
        }
    }
}
