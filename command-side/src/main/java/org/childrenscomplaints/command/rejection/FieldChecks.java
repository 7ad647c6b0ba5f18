package org.childrenscomplaints.command.rejection;

import org.childrenscomplaints.api.web.FieldProblem;

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
