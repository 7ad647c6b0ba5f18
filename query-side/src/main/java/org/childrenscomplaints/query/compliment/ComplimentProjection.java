package org.childrenscomplaints.query.compliment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.childrenscomplaints.api.compliment.ComplimentRecordedEvent;
import org.childrenscomplaints.query.BatchedDocuments;
import org.childrenscomplaints.query.ReadModelProjection;
import org.childrenscomplaints.query.ReadModelReset;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("compliments")
public class ComplimentProjection implements ReadModelProjection {

    private final MongoTemplate mongo;
    private final BatchedDocuments documents;

    public ComplimentProjection(MongoTemplate mongo, BatchedDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    @EventHandler
    void on(ComplimentRecordedEvent event) {
        String id = event.complimentId().toString();
        documents.save(id, new ComplimentDocument(id, event.reference(), event.receivedOn(), event.serviceArea(),
                event.team(), event.source(), event.summary()));
    }

    @ResetHandler
    void reset() {
        ReadModelReset.empty(mongo, ComplimentDocument.class);
    }
}
