package org.childrenscomplaints.query.compliment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.childrenscomplaints.api.compliment.ComplimentRecordedEvent;
import org.childrenscomplaints.query.ReadModelProjection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("compliments")
public class ComplimentProjection implements ReadModelProjection {

    private final MongoTemplate mongo;

    public ComplimentProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ComplimentRecordedEvent event) {
        mongo.save(new ComplimentDocument(event.complimentId().toString(), event.reference(), event.receivedOn(),
                event.serviceArea(), event.team(), event.source(), event.summary()));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), ComplimentDocument.class);
    }
}
