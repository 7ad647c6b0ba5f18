package org.childrenscomplaints.api.comment;

/** A comment as it stands, by uuid or reference. */
public record FindCommentQuery(String idOrReference) {
}
