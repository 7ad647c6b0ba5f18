package org.childrenscomplaints.command.complaint;

import java.time.LocalDate;

/** The body of a completion (a learning action, a remedy): the day it was done. */
public record Completion(LocalDate completedOn) {
}
