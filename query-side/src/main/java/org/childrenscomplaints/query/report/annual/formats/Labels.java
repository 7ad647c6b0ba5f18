package org.childrenscomplaints.query.report.annual.formats;

import java.util.Locale;
import java.util.Map;

import static java.util.Map.entry;

/**
 * The words a reader of the printed report expects for the contract's field names and codes.
 * Service areas and teams are not codes of the contract: they are shown as the council wrote them.
 */
final class Labels {

    private static final Map<String, String> WORDS = Map.ofEntries(
            entry("complaints", "Complaints (statutory and corporate)"),
            entry("statutory", "Statutory complaints"),
            entry("corporate", "Corporate complaints"),
            entry("send", "SEND complaints"),
            entry("comments", "Comments"),
            entry("compliments", "Compliments"),
            entry("complimentTeams", "Teams complimented"),
            entry("fromChildrenAndYoungPeople", "Complaints from children and young people"),
            entry("STATUTORY", "Statutory complaints"),
            entry("CORPORATE", "Corporate complaints"),
            entry("SEND", "SEND complaints"),
            entry("within10", "Within 10 working days"),
            entry("from11to20", "11 to 20 working days"),
            entry("over20", "Over 20 working days"),
            entry("within25", "Within 25 working days"),
            entry("from26to65", "26 to 65 working days"),
            entry("over65", "Over 65 working days"),
            entry("notResponded", "Not yet answered"),
            entry("escalatedToStage2", "To Stage 2"),
            entry("escalatedToStage3", "To Stage 3 (review panel)"),
            entry("escalatedToOmbudsman", "To the Ombudsman"),
            entry("UPHELD_FAULT_INJUSTICE", "Upheld: fault causing injustice"),
            entry("UPHELD_FAULT_NO_INJUSTICE", "Upheld: fault, no injustice"),
            entry("NOT_UPHELD_NO_FAULT", "Not upheld: no fault"));

    private Labels() {
    }

    /** The words for a name above; any other code (QUALITY_OF_SERVICE_SUPPORT) in sentence case. */
    static String of(String code) {
        String named = WORDS.get(code);
        if (named != null) {
            return named;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
