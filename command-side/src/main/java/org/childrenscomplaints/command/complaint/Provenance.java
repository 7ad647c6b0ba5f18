package org.childrenscomplaints.command.complaint;

import org.childrenscomplaints.command.rejection.FieldChecks;

/**
 * Where a command comes from, which decides who may write {@link #NOT_RECORDED}: the value the import
 * gives a rule that demands information a council's spreadsheet never held (a late response's delay
 * reason, a late request's reason, who handled Stages 2 and 3). From anyone else it would hide a gap
 * the rules exist to prevent, so it is refused.
 */
public enum Provenance {

    /** Someone using the system now: every rule applies in full. */
    LIVE,
    /** History replayed from a council's spreadsheet. */
    IMPORT;

    public static final String NOT_RECORDED = "NOT_RECORDED";

    public boolean mayRecordAsNotRecorded(String value) {
        return this == IMPORT && NOT_RECORDED.equals(value);
    }

    /** Refuses NOT_RECORDED in {@code field} unless the import sent it. */
    public FieldChecks refuseNotRecorded(FieldChecks checks, String value, String field) {
        return checks.check(this == IMPORT || value == null || !NOT_RECORDED.equalsIgnoreCase(value.strip()), field,
                "cannot be " + NOT_RECORDED + ": that value is kept for history imported from a council's spreadsheet");
    }
}
