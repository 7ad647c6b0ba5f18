package org.childrenscomplaints.query.comment;

import org.axonframework.queryhandling.QueryHandler;
import org.childrenscomplaints.api.comment.CommentView;
import org.childrenscomplaints.api.comment.FindCommentQuery;
import org.childrenscomplaints.query.ByIdOrReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
public class CommentQueryHandler {

    private final MongoTemplate mongo;

    public CommentQueryHandler(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    public Optional<CommentView> handle(FindCommentQuery query) {
        return Optional.ofNullable(mongo.findOne(ByIdOrReference.of(query.idOrReference()), CommentDocument.class))
                .map(CommentDocument::view);
    }
}
