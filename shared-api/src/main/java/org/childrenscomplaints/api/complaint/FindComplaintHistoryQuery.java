package org.childrenscomplaints.api.complaint;

/** Every event of a complaint, in order; {@code withPersonalData} for callers whose role may see it. */
public record FindComplaintHistoryQuery(String idOrReference, boolean withPersonalData) {
}
