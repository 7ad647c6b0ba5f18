package org.childrenscomplaints.query.comment;

import org.childrenscomplaints.api.comment.CommentView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A comment's view, findable by id or reference. */
@Document("comments")
record CommentDocument(@Id String id, @Indexed(unique = true) String reference, CommentView view) {
}
