package org.childrenscomplaints.command.imports;

import java.util.List;

/** The columns of the contract's import file; nothing else may appear in its header. */
public final class ImportColumns {

    public static final String RECORD_TYPE = "record_type";
    public static final String REFERENCE = "reference";
    public static final String PROCEDURE = "procedure";
    public static final String RECEIVED_ON = "received_on";
    public static final String CHANNEL = "channel";
    public static final String COMPLAINANT_RELATIONSHIP = "complainant_relationship";
    public static final String SERVICE_AREA = "service_area";
    public static final String TEAM = "team";
    public static final String SOURCE = "source";
    public static final String ISSUES = "issues";
    public static final String SUMMARY = "summary";
    public static final String ACKNOWLEDGED_ON = "acknowledged_on";
    public static final String ALLOCATED_TO = "allocated_to";
    public static final String EXTENSION_AGREED_ON = "extension_agreed_on";
    public static final String EXTENDED_DUE_DATE = "extended_due_date";
    public static final String DELAY_REASONS = "delay_reasons";
    public static final String STAGE1_RESPONDED_ON = "stage1_responded_on";
    public static final String STAGE1_OUTCOME = "stage1_outcome";
    public static final String STAGE2_REQUESTED_ON = "stage2_requested_on";
    public static final String STAGE2_RESPONDED_ON = "stage2_responded_on";
    public static final String STAGE2_OUTCOME = "stage2_outcome";
    public static final String STAGE3_REQUESTED_ON = "stage3_requested_on";
    public static final String STAGE3_PANEL_HELD_ON = "stage3_panel_held_on";
    public static final String STAGE3_RESPONDED_ON = "stage3_responded_on";
    public static final String STAGE3_OUTCOME = "stage3_outcome";
    public static final String OMBUDSMAN_REQUESTED_ON = "ombudsman_requested_on";
    public static final String OMBUDSMAN_DECIDED_ON = "ombudsman_decided_on";
    public static final String OMBUDSMAN_DECISION = "ombudsman_decision";
    public static final String WITHDRAWN_ON = "withdrawn_on";
    public static final String LEARNING_CATEGORY = "learning_category";
    public static final String LEARNING_SUMMARY = "learning_summary";
    public static final String LEARNING_ACTIONS = "learning_actions";
    public static final String MATTER_OCCURRED_ON = "matter_occurred_on";
    public static final String LATE_ACCEPTANCE_REASON = "late_acceptance_reason";
    public static final String SUFFICIENT_INTEREST_REASON = "sufficient_interest_reason";

    /** In the contract's order. */
    public static final List<String> ALL = List.of(RECORD_TYPE, REFERENCE, PROCEDURE, RECEIVED_ON, CHANNEL,
            COMPLAINANT_RELATIONSHIP, SERVICE_AREA, TEAM, SOURCE, ISSUES, SUMMARY, ACKNOWLEDGED_ON, ALLOCATED_TO,
            EXTENSION_AGREED_ON, EXTENDED_DUE_DATE, DELAY_REASONS, STAGE1_RESPONDED_ON, STAGE1_OUTCOME,
            STAGE2_REQUESTED_ON, STAGE2_RESPONDED_ON, STAGE2_OUTCOME, STAGE3_REQUESTED_ON, STAGE3_PANEL_HELD_ON,
            STAGE3_RESPONDED_ON, STAGE3_OUTCOME, OMBUDSMAN_REQUESTED_ON, OMBUDSMAN_DECIDED_ON, OMBUDSMAN_DECISION,
            WITHDRAWN_ON, LEARNING_CATEGORY, LEARNING_SUMMARY, LEARNING_ACTIONS, MATTER_OCCURRED_ON,
            LATE_ACCEPTANCE_REASON, SUFFICIENT_INTEREST_REASON);

    private ImportColumns() {
    }
}
