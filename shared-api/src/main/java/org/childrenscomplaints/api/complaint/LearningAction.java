package org.childrenscomplaints.api.complaint;

import org.childrenscomplaints.api.personal.PersonalData;

import java.time.LocalDate;

/** Something the council will do because of a complaint: what, who owns it, and by when. */
public record LearningAction(String description, @PersonalData String owner, LocalDate dueDate) {
}
