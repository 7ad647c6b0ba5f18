package org.childrenscomplaints.api.compliment;

import java.time.LocalDate;
import java.util.UUID;

public record ComplimentView(UUID id, String reference, LocalDate receivedOn, String serviceArea, String team,
                             ComplimentSource source, String summary) {
}
