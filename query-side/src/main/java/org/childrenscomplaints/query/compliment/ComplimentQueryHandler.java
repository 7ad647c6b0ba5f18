package org.childrenscomplaints.query.compliment;

import org.axonframework.queryhandling.QueryHandler;
import org.childrenscomplaints.api.compliment.ComplimentView;
import org.childrenscomplaints.api.compliment.FindComplimentsQuery;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
public class ComplimentQueryHandler {

    private final MongoTemplate mongo;

    public ComplimentQueryHandler(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Oldest first, so a period reads as it happened. */
    @QueryHandler
    public List<ComplimentView> handle(FindComplimentsQuery query) {
        Criteria criteria = new Criteria();
        if (query.from() != null || query.to() != null) {
            Criteria received = criteria.and("receivedOn");
            if (query.from() != null) {
                received.gte(query.from());
            }
            if (query.to() != null) {
                received.lte(query.to());
            }
        }
        if (query.team() != null) {
            criteria.and("team").is(query.team());
        }
        return mongo.find(new Query(criteria).with(Sort.by("receivedOn", "reference")), ComplimentDocument.class)
                .stream().map(ComplimentDocument::toView).toList();
    }
}
