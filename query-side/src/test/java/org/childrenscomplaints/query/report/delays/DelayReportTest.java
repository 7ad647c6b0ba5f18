package org.childrenscomplaints.query.report.delays;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ComplaintWithdrawnEvent;
import org.childrenscomplaints.api.complaint.DelayReasonRecordedEvent;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.report.delays.DelayReport;
import org.childrenscomplaints.api.report.delays.DelayReport.DelayRow;
import org.childrenscomplaints.api.report.delays.DelayReport.LateResponse;
import org.childrenscomplaints.api.report.delays.FindDelayReportQuery;
import org.childrenscomplaints.query.BatchedDocuments;
import org.childrenscomplaints.query.EmbeddedMongo;
import org.childrenscomplaints.query.EventDelivery;
import org.childrenscomplaints.query.complaint.ComplaintCaseProjection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.childrenscomplaints.query.TestEvents.received;

/** The delay report of quarter 2 of 2019/20, from cases the case projection built in the embedded MongoDB. */
class DelayReportTest {

    private static final FindDelayReportQuery QUARTER_2_2019 = new FindDelayReportQuery(
            LocalDate.of(2019, 7, 1), LocalDate.of(2019, 9, 30));

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final EventDelivery events = new EventDelivery(new ComplaintCaseProjection(mongo.template(), new BatchedDocuments(mongo.template())));
    private final DelayReportQueryHandler reports = new DelayReportQueryHandler(mongo.template(),
            WorkingDayCalendar.englandAndWales());

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void onlyStageResponsesSentInThePeriodAreCountedAndTheLateOnesExplained() {
        lateWithAReason("ST-2019-0001", Procedure.STATUTORY, "2019-07-15", "2019-07-18", "LEGAL_ISSUE");
        lateWithAReason("SE-2019-0001", Procedure.SEND, "2019-09-26", "2019-09-30", "INFORMATION_DELAYED");
        lateWithAReason("SE-2019-0002", Procedure.SEND, "2019-09-26", "2019-10-01", "INFORMATION_DELAYED");
        lateStage1ThenStage2InTime();
        withdrawnUnanswered();

        DelayReport report = reports.handle(QUARTER_2_2019);

        assertThat(report.responses()).isEqualTo(3);
        assertThat(report.late()).isEqualTo(2);
        assertThat(report.byDelayReason()).containsExactly(entry("INFORMATION_DELAYED", 1L), entry("LEGAL_ISSUE", 1L));
        assertThat(report.rows()).containsExactly(
                new DelayRow("INFORMATION_DELAYED", Procedure.SEND, Stage.STAGE_1, 1),
                new DelayRow("LEGAL_ISSUE", Procedure.STATUTORY, Stage.STAGE_1, 1));
        assertThat(report.lateResponses()).containsExactly(
                new LateResponse("ST-2019-0001", Procedure.STATUTORY, Stage.STAGE_1, LocalDate.of(2019, 7, 15),
                        LocalDate.of(2019, 7, 18), 3, List.of("LEGAL_ISSUE")),
                new LateResponse("SE-2019-0001", Procedure.SEND, Stage.STAGE_1, LocalDate.of(2019, 9, 26),
                        LocalDate.of(2019, 9, 30), 2, List.of("INFORMATION_DELAYED")));
    }

    @Test
    void aPeriodWithNoResponsesIsAnEmptyReport() {
        lateWithAReason("ST-2019-0001", Procedure.STATUTORY, "2019-07-15", "2019-07-18", "LEGAL_ISSUE");

        DelayReport report = reports.handle(new FindDelayReportQuery(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 12, 31)));

        assertThat(report.responses()).isZero();
        assertThat(report.lateResponses()).isEmpty();
    }

    private void lateWithAReason(String reference, Procedure procedure, String due, String respondedOn, String reason) {
        ComplaintReceivedEvent received = received(reference, procedure, "CIC", "Team A",
                LocalDate.parse(due).minusDays(7), LocalDate.parse(due));
        events.deliver(received.complaintId(), received,
                new ComplaintAllocatedEvent(received.complaintId(), Stage.STAGE_1, "m.jones", "M Jones", "Team A", null),
                new DelayReasonRecordedEvent(received.complaintId(), Stage.STAGE_1, reason, "waiting for counsel"),
                new ComplaintRespondedEvent(received.complaintId(), Stage.STAGE_1, LocalDate.parse(respondedOn),
                        Outcome.NOT_UPHELD, null));
    }

    /** Stage 1 answered late in quarter 1, Stage 2 in time in quarter 2: only the Stage 2 response is in the period. */
    private void lateStage1ThenStage2InTime() {
        ComplaintReceivedEvent received = received("CO-2019-0001", Procedure.CORPORATE, "ASS", "Team B",
                LocalDate.of(2019, 6, 5), LocalDate.of(2019, 6, 19));
        events.deliver(received.complaintId(), received,
                new DelayReasonRecordedEvent(received.complaintId(), Stage.STAGE_1, "STAFF_UNAVAILABLE_FOR_INTERVIEW", null),
                new ComplaintRespondedEvent(received.complaintId(), Stage.STAGE_1, LocalDate.of(2019, 6, 28),
                        Outcome.NOT_UPHELD, null),
                new ComplaintEscalatedEvent(received.complaintId(), Stage.STAGE_2, LocalDate.of(2019, 7, 1), null, null,
                        ClockType.RESPONSE, LocalDate.of(2019, 7, 29)),
                new ComplaintRespondedEvent(received.complaintId(), Stage.STAGE_2, LocalDate.of(2019, 7, 26),
                        Outcome.NOT_UPHELD, null));
    }

    private void withdrawnUnanswered() {
        ComplaintReceivedEvent received = received("CO-2019-0002", Procedure.CORPORATE, "ASS", "Team B",
                LocalDate.of(2019, 7, 5), LocalDate.of(2019, 7, 19));
        events.deliver(received.complaintId(), received,
                new ComplaintWithdrawnEvent(received.complaintId(), Stage.STAGE_1, LocalDate.of(2019, 7, 22), null));
    }
}
