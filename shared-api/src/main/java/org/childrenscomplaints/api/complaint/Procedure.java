package org.childrenscomplaints.api.complaint;

/** The three reporting streams; each numbers its complaints in its own reference series. */
public enum Procedure {
    STATUTORY("ST"),
    CORPORATE("CO"),
    SEND("SE");

    private final String referencePrefix;

    Procedure(String referencePrefix) {
        this.referencePrefix = referencePrefix;
    }

    public String referencePrefix() {
        return referencePrefix;
    }
}
