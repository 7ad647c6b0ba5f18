package org.childrenscomplaints.query.complaint;

import org.childrenscomplaints.api.complaint.CaseStatus;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A complaint as it stands, keyed by its id and findable by its reference. */
@Document("complaint_cases")
record ComplaintCaseDocument(
        @Id String id,
        @Indexed(unique = true) String reference,
        Procedure procedure,
        Stage stage,
        CaseStatus status,
        LocalDate receivedOn,
        Channel channel,
        ComplainantRelationship complainantRelationship,
        String serviceArea,
        String team,
        List<String> issues,
        List<ComplaintView.DueClock> openClocks) {

    ComplaintView toView() {
        return new ComplaintView(UUID.fromString(id), reference, procedure, stage, status, receivedOn, channel,
                complainantRelationship, serviceArea, team, issues, openClocks);
    }
}
