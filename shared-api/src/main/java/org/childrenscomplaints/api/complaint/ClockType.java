package org.childrenscomplaints.api.complaint;

/** What an open clock is waiting for. */
public enum ClockType {
    ACKNOWLEDGEMENT,
    /** A stage's response (at Stage 3, the council's response to the panel's report). */
    RESPONSE,
    /** Stage 3: the review panel meeting. */
    PANEL,
    /** Stage 3: the panel's report. */
    PANEL_REPORT
}
