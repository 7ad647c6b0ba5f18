package org.childrenscomplaints.api.complaint;

public enum Stage {
    STAGE_1, STAGE_2, STAGE_3, OMBUDSMAN
}
