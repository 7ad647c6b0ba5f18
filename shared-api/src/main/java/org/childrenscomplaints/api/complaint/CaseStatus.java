package org.childrenscomplaints.api.complaint;

public enum CaseStatus {
    OPEN
}
