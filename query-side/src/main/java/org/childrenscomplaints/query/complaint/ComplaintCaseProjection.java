package org.childrenscomplaints.query.complaint;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.childrenscomplaints.api.complaint.CaseStatus;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintView.DueClock;
import org.childrenscomplaints.api.complaint.Stage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps {@code complaint_cases}. Each handler writes whole values, so a redelivered event changes nothing. */
@Component
@ProcessingGroup("complaint-cases")
public class ComplaintCaseProjection {

    private final MongoTemplate mongo;

    public ComplaintCaseProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ComplaintReceivedEvent event) {
        mongo.save(new ComplaintCaseDocument(event.complaintId().toString(), event.reference(), event.procedure(),
                Stage.STAGE_1, CaseStatus.OPEN, event.receivedOn(), event.channel(),
                event.complainant() == null ? null : event.complainant().relationship(), event.serviceArea(),
                event.team(), event.issues(),
                List.of(new DueClock(Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT, event.acknowledgementDueOn()),
                        new DueClock(Stage.STAGE_1, ClockType.RESPONSE, event.stage1ResponseDueOn()))));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), ComplaintCaseDocument.class);
    }
}
