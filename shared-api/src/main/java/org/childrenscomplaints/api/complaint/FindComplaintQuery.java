package org.childrenscomplaints.api.complaint;

/** The case as it stands, found by its uuid or its readable reference. */
public record FindComplaintQuery(String idOrReference) {
}
