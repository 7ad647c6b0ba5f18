package org.childrenscomplaints.query.tracker;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Keeps {@code tracker_clocks}: every clock still running on a case. */
@Component
@ProcessingGroup("tracker")
public class TrackerProjection {

    private final MongoTemplate mongo;

    public TrackerProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ComplaintReceivedEvent event) {
        open(event, ClockType.ACKNOWLEDGEMENT, event.acknowledgementDueOn());
        open(event, ClockType.RESPONSE, event.stage1ResponseDueOn());
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), TrackerClockDocument.class);
    }

    private void open(ComplaintReceivedEvent event, ClockType clock, LocalDate dueDate) {
        String caseId = event.complaintId().toString();
        mongo.save(new TrackerClockDocument(TrackerClockDocument.idOf(caseId, Stage.STAGE_1, clock), caseId,
                event.reference(), event.procedure(), Stage.STAGE_1, clock, event.serviceArea(), event.team(), null,
                dueDate, false, false));
    }
}
