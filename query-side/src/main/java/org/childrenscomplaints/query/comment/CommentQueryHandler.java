package org.childrenscomplaints.query.comment;

import org.axonframework.queryhandling.QueryHandler;
import org.childrenscomplaints.api.comment.CommentView;
import org.childrenscomplaints.api.comment.FindCommentQuery;
import org.childrenscomplaints.api.reference.CaseKeys;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

@Component
public class CommentQueryHandler {

    private final MongoTemplate mongo;

    public CommentQueryHandler(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    public Optional<CommentView> handle(FindCommentQuery query) {
        String key = query.idOrReference();
        return Optional.ofNullable(mongo.findOne(new Query(new Criteria().orOperator(
                        Criteria.where("_id").is(CaseKeys.stored(key)),
                        Criteria.where("reference").is(key.strip().toUpperCase(Locale.ROOT)))), CommentDocument.class))
                .map(CommentDocument::view);
    }
}
