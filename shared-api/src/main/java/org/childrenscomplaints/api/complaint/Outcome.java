package org.childrenscomplaints.api.complaint;

/** The finding of a stage, overall or for one issue. */
public enum Outcome {
    UPHELD, PARTIALLY_UPHELD, NOT_UPHELD
}
