package org.childrenscomplaints.command.imports;

import org.childrenscomplaints.api.web.ContractDates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the cells of one row as typed values, noting every cell that cannot be read in words a clerk knows. */
final class RowValues {

    private final Map<String, String> cells;
    private final List<String> errors = new ArrayList<>();

    RowValues(Map<String, String> cells) {
        this.cells = cells;
    }

    List<String> errors() {
        return errors;
    }

    void error(String message) {
        errors.add(message);
    }

    boolean has(String column) {
        return cells.containsKey(column);
    }

    String text(String column) {
        return cells.get(column);
    }

    /** A code of the council's reference data (a service area, a learning category), whatever its letter case. */
    String code(String column) {
        String value = cells.get(column);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    LocalDate date(String column) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        try {
            return ContractDates.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(column + " must be a date written YYYY-MM-DD, e.g. 2019-04-23, not " + value);
            return null;
        }
    }

    /** An enumerated value, whatever its letter case. */
    <E extends Enum<E>> E choice(String column, Class<E> type) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(column + " must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", not " + value);
            return null;
        }
    }

    /** A {@code ;}-separated list of codes (issue categories, delay reasons), whatever their letter case. */
    List<String> codes(String column) {
        return items(column).stream().map(item -> item.toUpperCase(Locale.ROOT)).toList();
    }

    /** A {@code ;}-separated list of free text. */
    List<String> items(String column) {
        String value = cells.get(column);
        return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip)
                .filter(item -> !item.isEmpty()).toList();
    }

    /** A cell that only means something with a date beside it (an outcome needs the response's date). */
    void needs(String column, String requiredColumn) {
        if (has(column) && !has(requiredColumn)) {
            errors.add(column + " is given but " + requiredColumn + " is empty");
        }
    }

    /** Cells that have no meaning for this kind of record must be empty, so nothing a clerk typed is dropped unseen. */
    void onlyThese(List<String> applicable, String kind) {
        cells.keySet().stream().filter(column -> !applicable.contains(column)).sorted()
                .forEach(column -> errors.add(column + " does not apply to a " + kind + "; leave it empty"));
    }
}
