package org.childrenscomplaints.api.complaint;

public enum CaseStatus {
    /** A clock is running: the council owes the complainant an acknowledgement or a response. */
    OPEN,
    /** The current stage has been answered; the complainant may still take it further. */
    RESPONDED,
    /** Referred to the Local Government and Social Care Ombudsman: the council's own stages are closed. */
    WITH_OMBUDSMAN,
    /** The complainant withdrew it. */
    WITHDRAWN,
    /** The council declined to consider it, with its reason. */
    DECLINED
}
