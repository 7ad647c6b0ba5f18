package org.childrenscomplaints.api.comment;

import java.time.LocalDate;
import java.util.UUID;

public record CommentAcknowledgedEvent(UUID commentId, LocalDate acknowledgedOn) {
}
