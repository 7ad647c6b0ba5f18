package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;

/** Something the Ombudsman asked the council to do, and by when. */
public record Remedy(String description, LocalDate dueDate) {
}
