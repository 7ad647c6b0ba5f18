package org.childrenscomplaints.query.complaint;

import org.axonframework.queryhandling.QueryHandler;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.FindComplaintQuery;
import org.childrenscomplaints.api.reference.CaseKeys;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Locale;
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
        String key = query.idOrReference().strip();
        Query byIdOrReference = new Query(new Criteria().orOperator(
                Criteria.where("_id").is(CaseKeys.stored(key)), Criteria.where("reference").is(key.toUpperCase(Locale.ROOT))));
        return Optional.ofNullable(mongo.findOne(byIdOrReference, ComplaintCaseDocument.class))
                .map(ComplaintCaseDocument::view);
    }
}
