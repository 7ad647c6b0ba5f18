package org.childrenscomplaints.api.comment;

import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;

import java.time.LocalDate;
import java.util.UUID;

/** A comment as it stands, without the commenter's personal details. */
public record CommentView(UUID id, String reference, LocalDate receivedOn, Channel channel,
                          ComplainantRelationship commenterRelationship, String serviceArea, String team,
                          LocalDate acknowledgementDueOn, LocalDate acknowledgedOn, String managerId,
                          LocalDate responseDueOn, LocalDate respondedOn, String delayReason) {
}
