package org.childrenscomplaints.query.complaint;

import org.childrenscomplaints.api.complaint.CaseStatus;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.FindComplaintQuery;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenscomplaints.query.TestEvents.received;

class ComplaintCaseTest {

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final ComplaintCaseProjection projection = new ComplaintCaseProjection(mongo.template());
    private final ComplaintQueryHandler queries = new ComplaintQueryHandler(mongo.template());

    private final ComplaintReceivedEvent event = received("ST-2026-0004", Procedure.STATUTORY, "CIC", "Team A",
            LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 20));

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aReceivedComplaintIsFoundByItsIdOrItsReferenceWithoutPersonalDetails() {
        projection.on(event);

        ComplaintView byId = queries.handle(new FindComplaintQuery(event.complaintId().toString())).orElseThrow();
        ComplaintView byReference = queries.handle(new FindComplaintQuery("st-2026-0004")).orElseThrow();

        assertThat(byReference).isEqualTo(byId);
        assertThat(byId.reference()).isEqualTo("ST-2026-0004");
        assertThat(byId.stage()).isEqualTo(Stage.STAGE_1);
        assertThat(byId.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(byId.complainantRelationship()).isEqualTo(ComplainantRelationship.CHILD_OR_YOUNG_PERSON);
        assertThat(byId.openClocks()).containsExactly(
                new ComplaintView.DueClock(Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT, LocalDate.of(2026, 4, 9)),
                new ComplaintView.DueClock(Stage.STAGE_1, ClockType.RESPONSE, LocalDate.of(2026, 4, 20)));
        assertThat(mongo.template().getCollection("complaint_cases").find().first().toJson()).doesNotContain("Sam");
    }

    @Test
    void anEventDeliveredTwiceLeavesOneCase() {
        projection.on(event);
        projection.on(event);

        assertThat(mongo.template().getCollection("complaint_cases").countDocuments()).isEqualTo(1);
    }

    @Test
    void anUnknownIdOrReferenceFindsNothing() {
        projection.on(event);

        assertThat(queries.handle(new FindComplaintQuery("ST-2026-0005"))).isEmpty();
        assertThat(queries.handle(new FindComplaintQuery("00000000-0000-0000-0000-000000000000"))).isEmpty();
    }

    @Test
    void aResetEmptiesTheCasesForAReplay() {
        projection.on(event);

        projection.reset();

        assertThat(queries.handle(new FindComplaintQuery("ST-2026-0004"))).isEmpty();
    }
}
