package org.childrenscomplaints.api.complaint;

/** Why a response is or will be late: a configured category and, for OTHER, a note. */
public record DelayReason(String category, String note) {

    @Override
    public String toString() {
        return "DelayReason[category=" + category + "]";
    }
}
