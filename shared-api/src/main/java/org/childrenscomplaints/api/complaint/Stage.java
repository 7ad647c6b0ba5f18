package org.childrenscomplaints.api.complaint;

public enum Stage {
    STAGE_1("Stage 1"), STAGE_2("Stage 2"), STAGE_3("Stage 3"), OMBUDSMAN("the Ombudsman's investigation");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** How the stage is named in a sentence, e.g. in a refusal's plain-English detail. */
    public String label() {
        return label;
    }
}
