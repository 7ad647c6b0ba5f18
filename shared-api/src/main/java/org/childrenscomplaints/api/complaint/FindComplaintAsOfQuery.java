package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;

/** A complaint as it stood at the end of {@code asOf}, built from its events whose business date is on or before it. */
public record FindComplaintAsOfQuery(String idOrReference, LocalDate asOf) {
}
