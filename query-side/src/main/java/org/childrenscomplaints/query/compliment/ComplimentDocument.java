package org.childrenscomplaints.query.compliment;

import org.childrenscomplaints.api.compliment.ComplimentSource;
import org.childrenscomplaints.api.compliment.ComplimentView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.UUID;

/** A compliment as recorded; written whole, keyed by its id, so a redelivered event changes nothing. */
@Document("compliments")
record ComplimentDocument(@Id String id, String reference, @Indexed LocalDate receivedOn, String serviceArea,
                          String team, ComplimentSource source, String summary) {

    ComplimentView toView() {
        return new ComplimentView(UUID.fromString(id), reference, receivedOn, serviceArea, team, source, summary);
    }
}
