package org.childrenscomplaints.api.reference;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable, unique case reference such as {@code ST-2019-0007}: the series (procedure prefix
 * and reporting year) and the case's number within it.
 */
public record CaseReference(String prefix, int year, int number) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{2})-(\\d{4})-(\\d{4,7})");

    public static Optional<CaseReference> parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches() || Integer.parseInt(matcher.group(3)) == 0) {
            return Optional.empty();
        }
        return Optional.of(new CaseReference(matcher.group(1), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3))));
    }

    public static String seriesId(String prefix, int year) {
        return prefix + "-" + year;
    }

    public String seriesId() {
        return seriesId(prefix, year);
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%04d", prefix, year, number);
    }
}
