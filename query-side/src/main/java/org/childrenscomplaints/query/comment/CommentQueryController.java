package org.childrenscomplaints.query.comment;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.childrenscomplaints.api.comment.CommentView;
import org.childrenscomplaints.api.comment.FindCommentQuery;
import org.childrenscomplaints.api.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CommentQueryController {

    private final QueryGateway queryGateway;

    public CommentQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The comment as it stands; {@code id} is its uuid or its reference. */
    @GetMapping("/api/comments/{id}")
    public CommentView comment(@PathVariable String id) {
        return queryGateway.query(new FindCommentQuery(id), ResponseTypes.optionalInstanceOf(CommentView.class)).join()
                .orElseThrow(() -> new NotFoundException("No comment has the id or reference " + id + "."));
    }
}
