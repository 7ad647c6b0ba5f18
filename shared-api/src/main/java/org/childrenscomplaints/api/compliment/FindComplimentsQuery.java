package org.childrenscomplaints.api.compliment;

import java.time.LocalDate;

/** Compliments received from {@code from} to {@code to} (both inclusive, either open), of one team or all. */
public record FindComplimentsQuery(LocalDate from, LocalDate to, String team) {
}
