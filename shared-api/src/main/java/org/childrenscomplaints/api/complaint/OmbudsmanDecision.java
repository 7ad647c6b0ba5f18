package org.childrenscomplaints.api.complaint;

/** What the Local Government and Social Care Ombudsman decided. */
public enum OmbudsmanDecision {
    UPHELD_FAULT_INJUSTICE, UPHELD_FAULT_NO_INJUSTICE, NOT_UPHELD_NO_FAULT, NOT_INVESTIGATED, PREMATURE
}
