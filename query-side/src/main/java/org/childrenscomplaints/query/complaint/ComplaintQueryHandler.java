package org.childrenscomplaints.query.complaint;

import org.axonframework.queryhandling.QueryHandler;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.FindComplaintQuery;
import org.childrenscomplaints.query.ByIdOrReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
public class ComplaintQueryHandler {

    private final MongoTemplate mongo;

    public ComplaintQueryHandler(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** By uuid or by readable reference: the two never collide, a reference is not a uuid. */
    @QueryHandler
    public Optional<ComplaintView> handle(FindComplaintQuery query) {
        return Optional.ofNullable(mongo.findOne(ByIdOrReference.of(query.idOrReference()), ComplaintCaseDocument.class))
                .map(ComplaintCaseDocument::view);
    }
}
