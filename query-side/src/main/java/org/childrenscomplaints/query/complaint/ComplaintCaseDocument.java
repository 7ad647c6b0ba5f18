package org.childrenscomplaints.query.complaint;

import org.childrenscomplaints.api.complaint.ComplaintView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A complaint's view, findable by id or reference. {@code lastEventSequence} is the sequence
 * number of the last of the case's events applied, so an event delivered again is recognised and
 * skipped: the embedded MongoDB has no transactions to keep token and document in step.
 *
 * <p>Reports read the cases too: the delay report finds them by the dates their stages were
 * answered. That index is declared here because the view it reaches into is a shared-api record
 * that knows nothing of MongoDB (the embedded MongoDB ignores it; production MongoDB uses it).
 */
@Document("complaint_cases")
@CompoundIndex(name = "stage_responded_on", def = "{'view.stages.respondedOn': 1}")
public record ComplaintCaseDocument(@Id String id, @Indexed(unique = true) String reference, long lastEventSequence,
                                    ComplaintView view) {
}
