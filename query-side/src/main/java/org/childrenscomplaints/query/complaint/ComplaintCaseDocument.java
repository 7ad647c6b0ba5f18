package org.childrenscomplaints.query.complaint;

import org.childrenscomplaints.api.complaint.ComplaintView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A complaint's view, findable by id or reference. {@code lastEventSequence} is the sequence
 * number of the last of the case's events applied, so an event delivered again is recognised and
 * skipped: the embedded MongoDB has no transactions to keep token and document in step.
 */
@Document("complaint_cases")
record ComplaintCaseDocument(@Id String id, @Indexed(unique = true) String reference, long lastEventSequence,
                             ComplaintView view) {
}
