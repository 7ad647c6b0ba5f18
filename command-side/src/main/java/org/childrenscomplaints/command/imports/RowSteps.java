package org.childrenscomplaints.command.imports;

import org.childrenscomplaints.command.rejection.CommandRejectedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The commands one spreadsheet row stands for, run through an aggregate's own handlers in date order,
 * inside the unit of work of the row's import command. A refusal is restated in the spreadsheet's
 * words, so the clerk reads the columns of the file and the cell that broke a rule.
 */
public final class RowSteps {

    private record Step(LocalDate on, String column, Map<String, String> columnOfField, Runnable action) {
    }

    private final List<Step> steps = new ArrayList<>();

    /**
     * Adds the step when its date is given. Steps of one day run in the order they were added, which
     * is the order of the procedure (an acknowledgement before a response on the same day).
     *
     * @param column        the cell whose date it is, named when the step breaks a rule
     * @param columnOfField the column each field of the step's command comes from
     */
    public RowSteps add(LocalDate on, String column, Map<String, String> columnOfField, Runnable action) {
        if (on != null) {
            steps.add(new Step(on, column, columnOfField, action));
        }
        return this;
    }

    public void runInDateOrder() {
        // a stable sort: same-day steps keep the procedure's order
        steps.stream().sorted(Comparator.comparing(Step::on))
                .forEach(step -> run(step.column() + " " + step.on() + ": ", step.columnOfField(), step.action()));
    }

    /** Runs a command of the row now, its refusal restated like those of the dated steps. */
    public static void run(String context, Map<String, String> columnOfField, Runnable action) {
        call(context, columnOfField, () -> {
            action.run();
            return null;
        });
    }

    /** {@link #run} for a command that answers something, e.g. a registration. */
    public static <T> T call(String context, Map<String, String> columnOfField, Supplier<T> action) {
        try {
            return action.get();
        } catch (CommandRejectedException refused) {
            throw refused.restated(field -> columnOf(field, columnOfField), context);
        }
    }

    private static String columnOf(String field, Map<String, String> columnOfField) {
        String exact = columnOfField.get(field);
        if (exact != null) {
            return exact;
        }
        // issues[2] and delayReason.category come from the column of their list or record
        int end = field.length();
        for (char separator : new char[]{'[', '.'}) {
            int at = field.indexOf(separator);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return columnOfField.getOrDefault(field.substring(0, end), field);
    }
}
