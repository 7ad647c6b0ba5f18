package org.childrenscomplaints.query.complaint;

import org.childrenscomplaints.api.complaint.CaseStatus;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReclassifiedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.ComplaintWithdrawnEvent;
import org.childrenscomplaints.api.complaint.ComplaintView.Allocation;
import org.childrenscomplaints.api.complaint.ComplaintView.Escalation;
import org.childrenscomplaints.api.complaint.ComplaintView.StageView;
import org.childrenscomplaints.api.complaint.DelayReasonRecordedEvent;
import org.childrenscomplaints.api.complaint.ExtensionAgreedEvent;
import org.childrenscomplaints.api.complaint.FindComplaintQuery;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.PanelReportReceivedEvent;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.ReviewPanelHeldEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.query.BatchedDocuments;
import org.childrenscomplaints.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenscomplaints.query.TestEvents.received;

/** The case view projection and its query against the embedded MongoDB. */
class ComplaintCaseTest {

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final ComplaintCaseProjection projection = new ComplaintCaseProjection(mongo.template(), new BatchedDocuments(mongo.template()));
    private final ComplaintQueryHandler queries = new ComplaintQueryHandler(mongo.template());

    private final ComplaintReceivedEvent received = received("ST-2026-0004", Procedure.STATUTORY, "CIC", "Team A",
            LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 20));
    private final UUID id = received.complaintId();

    @AfterEach
    void stop() {
        mongo.close();
    }

    /** As the processor delivers an event of this test's case, with its sequence number. */
    private void apply(Object event, long sequence) {
        if (event instanceof ComplaintReceivedEvent receipt) {
            projection.on(receipt, sequence);
        } else {
            projection.on(event, id.toString(), sequence);
        }
    }

    @Test
    void aReceivedComplaintIsFoundByItsIdOrItsReferenceWithoutPersonalDetails() {
        apply(received, 0);

        ComplaintView byId = find(id.toString());

        assertThat(find("st-2026-0004")).isEqualTo(byId);
        assertThat(find(id.toString().toUpperCase())).isEqualTo(byId);
        assertThat(byId.reference()).isEqualTo("ST-2026-0004");
        assertThat(byId.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(byId.complainantRelationship()).isEqualTo(ComplainantRelationship.CHILD_OR_YOUNG_PERSON);
        assertThat(byId.acknowledgementDueOn()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(byId.stages()).containsExactly(
                StageView.started(Stage.STAGE_1, received.receivedOn(), ClockType.RESPONSE, LocalDate.of(2026, 4, 20)));
        assertThat(mongo.template().getCollection("complaint_cases").find().first().toJson()).doesNotContain("Sam");
    }

    @Test
    void stage1IsFollowedFromAcknowledgementToResponse() {
        apply(received, 0);
        apply(new ComplaintAcknowledgedEvent(id, LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 20)), 1);
        apply(new ComplaintAllocatedEvent(id, Stage.STAGE_1, "m.jones", "M Jones", "CIC 1", null), 2);
        apply(new ExtensionAgreedEvent(id, Stage.STAGE_1, LocalDate.of(2026, 4, 8), LocalDate.of(2026, 5, 5), null), 3);
        apply(new DelayReasonRecordedEvent(id, Stage.STAGE_1, "INFORMATION_DELAYED", null), 4);
        apply(new ComplaintRespondedEvent(id, Stage.STAGE_1, LocalDate.of(2026, 5, 6), Outcome.PARTIALLY_UPHELD,
                Map.of("DELAY", Outcome.UPHELD)), 5);

        ComplaintView view = find("ST-2026-0004");

        assertThat(view.acknowledgedOn()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(view.status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(view.stages()).containsExactly(new StageView(Stage.STAGE_1, received.receivedOn(), null,
                LocalDate.of(2026, 5, 5), true, new Allocation("m.jones", "M Jones", "CIC 1"),
                List.of("INFORMATION_DELAYED"), null, null, LocalDate.of(2026, 5, 6), Outcome.PARTIALLY_UPHELD,
                Map.of("DELAY", Outcome.UPHELD)));
    }

    @Test
    void escalationsOpenTheNextStageAndAReferralHandsTheCaseToTheOmbudsman() {
        apply(received, 0);
        apply(new ComplaintRespondedEvent(id, Stage.STAGE_1, LocalDate.of(2026, 4, 20), Outcome.NOT_UPHELD, null), 1);
        apply(new ComplaintEscalatedEvent(id, Stage.STAGE_2, LocalDate.of(2026, 5, 1), null, null,
                ClockType.RESPONSE, LocalDate.of(2026, 6, 9)), 2);

        ComplaintView atStage2 = find(id.toString());
        assertThat(atStage2.stage()).isEqualTo(Stage.STAGE_2);
        assertThat(atStage2.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(atStage2.stages().get(1)).isEqualTo(
                StageView.started(Stage.STAGE_2, LocalDate.of(2026, 5, 1), ClockType.RESPONSE, LocalDate.of(2026, 6, 9)));

        apply(new ComplaintEscalatedEvent(id, Stage.OMBUDSMAN, LocalDate.of(2026, 5, 4), null, "25 001 234",
                null, null), 3);

        ComplaintView withOmbudsman = find(id.toString());
        assertThat(withOmbudsman.status()).isEqualTo(CaseStatus.WITH_OMBUDSMAN);
        assertThat(withOmbudsman.stage()).isEqualTo(Stage.STAGE_2);
        assertThat(withOmbudsman.escalations()).containsExactly(
                new Escalation(Stage.STAGE_2, LocalDate.of(2026, 5, 1), false, null),
                new Escalation(Stage.OMBUDSMAN, LocalDate.of(2026, 5, 4), false, "25 001 234"));
    }

    @Test
    void stage3FollowsThePanelTheReportAndTheResponse() {
        apply(received, 0);
        apply(new ComplaintEscalatedEvent(id, Stage.STAGE_3, LocalDate.of(2026, 6, 10), null, null,
                ClockType.PANEL, LocalDate.of(2026, 7, 22)), 1);
        apply(new ReviewPanelHeldEvent(id, LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 27)), 2);
        apply(new PanelReportReceivedEvent(id, LocalDate.of(2026, 7, 24), LocalDate.of(2026, 8, 14)), 3);

        StageView stage3 = find(id.toString()).stages().get(1);
        assertThat(stage3.waitingFor()).isEqualTo(ClockType.RESPONSE);
        assertThat(stage3.dueDate()).isEqualTo(LocalDate.of(2026, 8, 14));
        assertThat(stage3.panelHeldOn()).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(stage3.panelReportReceivedOn()).isEqualTo(LocalDate.of(2026, 7, 24));
    }

    @Test
    void aReclassifiedCaseShowsItsNewProcedureAndDueDatesAndAWithdrawnOneItsClosure() {
        apply(received, 0);
        apply(new ComplaintReclassifiedEvent(id, Procedure.STATUTORY, Procedure.CORPORATE, "reason", null,
                LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 27)), 1);
        apply(new ComplaintWithdrawnEvent(id, Stage.STAGE_1, LocalDate.of(2026, 4, 14), null), 2);

        ComplaintView view = find(id.toString());
        assertThat(view.procedure()).isEqualTo(Procedure.CORPORATE);
        assertThat(view.acknowledgementDueOn()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(view.stages().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(view.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(view.closedOn()).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(view.stages().get(0).waitingFor()).as("a withdrawn case waits for nothing").isNull();
    }

    @Test
    void anEventDeliveredAgainChangesNothing() {
        apply(received, 0);
        apply(new DelayReasonRecordedEvent(id, Stage.STAGE_1, "LEGAL_ISSUE", null), 1);
        apply(new DelayReasonRecordedEvent(id, Stage.STAGE_1, "LEGAL_ISSUE", null), 1);
        apply(received, 0);

        assertThat(mongo.template().getCollection("complaint_cases").countDocuments()).isEqualTo(1);
        assertThat(find(id.toString()).stages().get(0).delayReasons()).containsExactly("LEGAL_ISSUE");
    }

    @Test
    void anUnknownIdOrReferenceFindsNothing() {
        apply(received, 0);

        assertThat(queries.handle(new FindComplaintQuery("ST-2026-0005"))).isEmpty();
        assertThat(queries.handle(new FindComplaintQuery("00000000-0000-0000-0000-000000000000"))).isEmpty();
    }

    @Test
    void aResetEmptiesTheCasesForAReplay() {
        apply(received, 0);

        projection.reset();

        assertThat(queries.handle(new FindComplaintQuery("ST-2026-0004"))).isEmpty();
    }

    private ComplaintView find(String idOrReference) {
        return queries.handle(new FindComplaintQuery(idOrReference)).orElseThrow();
    }
}
