package org.childrenscomplaints.query.report.annual;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one count of the annual report counts: a section (a procedure, the totals, the Ombudsman's
 * decisions, compliments by team), a measure within it and, for breakdowns, the item counted
 * (a service area, an issue, an outcome, a team). Written as one string that is safe as a MongoDB
 * field name: a team is free text and may hold the dots, dollars and NUL characters field names may not
 * (a NUL stopped the annual report's read model at the compliment that had it, retrying for ever).
 */
record CountKey(String section, String measure, String item) {

    static final String TOTALS = "totals";
    static final String OMBUDSMAN = "ombudsman";
    static final String DECISIONS = "decisions";
    static final String COMPLIMENTS = "compliments";
    static final String BY_TEAM = "byTeam";

    private static final String SEPARATOR = "|";
    private static final Pattern RESERVED = Pattern.compile("[%.$|\\x00]");
    private static final Pattern ESCAPED = Pattern.compile("%([0-9A-F]{2})");

    static CountKey of(String section, String measure) {
        return new CountKey(section, measure, null);
    }

    static CountKey of(String section, String measure, String item) {
        return new CountKey(section, measure, item);
    }

    String encoded() {
        return escape(section) + SEPARATOR + escape(measure) + (item == null ? "" : SEPARATOR + escape(item));
    }

    static CountKey decode(String encoded) {
        String[] parts = encoded.split(Pattern.quote(SEPARATOR), 3);
        return new CountKey(unescape(parts[0]), unescape(parts[1]), parts.length == 3 ? unescape(parts[2]) : null);
    }

    private static String escape(String part) {
        return RESERVED.matcher(part).replaceAll(match -> String.format("%%%02X", (int) match.group().charAt(0)));
    }

    private static String unescape(String part) {
        Matcher escaped = ESCAPED.matcher(part);
        return escaped.replaceAll(match -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(match.group(1), 16))));
    }
}
