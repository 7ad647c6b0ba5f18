package org.childrenscomplaints.api.compliment;

import org.childrenscomplaints.api.personal.PersonalData;

import java.time.LocalDate;
import java.util.UUID;

/** A compliment; its summary is free text that may name people ({@link PersonalData}). */
public record ComplimentView(UUID id, String reference, LocalDate receivedOn, String serviceArea, String team,
                             ComplimentSource source, @PersonalData String summary) {
}
