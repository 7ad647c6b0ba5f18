package org.childrenscomplaints.query.report.learning;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplaintDeclinedEvent;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ComplaintWithdrawnEvent;
import org.childrenscomplaints.api.complaint.LearningAction;
import org.childrenscomplaints.api.complaint.LearningActionCompletedEvent;
import org.childrenscomplaints.api.complaint.LearningCapturedEvent;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.report.learning.FindLearningGapsQuery;
import org.childrenscomplaints.api.report.learning.LearningGaps;
import org.childrenscomplaints.api.report.learning.LearningGaps.OverdueAction;
import org.childrenscomplaints.api.report.learning.LearningGaps.UpheldWithoutLearning;
import org.childrenscomplaints.query.BatchedDocuments;
import org.childrenscomplaints.query.EmbeddedMongo;
import org.childrenscomplaints.query.EventDelivery;
import org.childrenscomplaints.query.complaint.ComplaintCaseProjection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenscomplaints.query.TestEvents.received;

/** The learning gaps as of Monday 23 November 2026, from cases the case projection built in the embedded MongoDB. */
class LearningGapsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final EventDelivery events = new EventDelivery(new ComplaintCaseProjection(mongo.template(), new BatchedDocuments(mongo.template())));
    private final LearningGapsQueryHandler reports = new LearningGapsQueryHandler(mongo.template(),
            WorkingDayCalendar.englandAndWales(),
            Clock.fixed(TODAY.atTime(8, 0).atZone(LONDON).toInstant(), LONDON));

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void upheldComplaintsWithoutLearningAreListedEvenOnceWithdrawnOrDeclined() {
        UUID withdrawn = answered("CO-2026-0001", Procedure.CORPORATE, "2026-05-11", Outcome.PARTIALLY_UPHELD);
        events.deliver(withdrawn,
                new ComplaintEscalatedEvent(withdrawn, Stage.STAGE_2, LocalDate.of(2026, 5, 20), null, null,
                        ClockType.RESPONSE, LocalDate.of(2026, 6, 17)),
                new ComplaintWithdrawnEvent(withdrawn, Stage.STAGE_2, LocalDate.of(2026, 6, 1), "resolved informally"));
        UUID declined = answered("ST-2026-0001", Procedure.STATUTORY, "2026-04-20", Outcome.UPHELD);
        events.deliver(declined,
                new ComplaintEscalatedEvent(declined, Stage.STAGE_2, LocalDate.of(2026, 4, 27), null, null,
                        ClockType.RESPONSE, LocalDate.of(2026, 6, 2)),
                new ComplaintDeclinedEvent(declined, Stage.STAGE_2, LocalDate.of(2026, 4, 28), "concurrent proceedings"));
        answered("SE-2026-0001", Procedure.SEND, "2026-04-20", Outcome.NOT_UPHELD);
        UUID learnt = answered("CO-2026-0002", Procedure.CORPORATE, "2026-04-20", Outcome.UPHELD);
        events.deliver(learnt, learning(learnt, UUID.randomUUID(), LocalDate.of(2099, 1, 1)));

        LearningGaps gaps = reports.handle(new FindLearningGapsQuery());

        assertThat(gaps.upheldWithoutLearning()).containsExactly(
                new UpheldWithoutLearning(declined, "ST-2026-0001", Procedure.STATUTORY, Stage.STAGE_1, Outcome.UPHELD,
                        LocalDate.of(2026, 4, 20), "CIC", "Team A", 152),
                new UpheldWithoutLearning(withdrawn, "CO-2026-0001", Procedure.CORPORATE, Stage.STAGE_1,
                        Outcome.PARTIALLY_UPHELD, LocalDate.of(2026, 5, 11), "CIC", "Team A", 138));
        assertThat(gaps.overdueActions()).isEmpty();
    }

    @Test
    void overdueActionsAreListedWithoutTheirOwnersUntilCompleted() {
        UUID complaint = answered("CO-2026-0003", Procedure.CORPORATE, "2026-04-20", Outcome.UPHELD);
        UUID late = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        events.deliver(complaint,
                learning(complaint, late, LocalDate.of(2026, 9, 30)),
                learning(complaint, later, LocalDate.of(2026, 10, 30)),
                new LearningActionCompletedEvent(complaint, later, 0, LocalDate.of(2026, 11, 2)));

        LearningGaps gaps = reports.handle(new FindLearningGapsQuery());

        assertThat(gaps.overdueActions()).containsExactly(
                new OverdueAction("CO-2026-0003", late, 0, "Add a named contact to every letter",
                        LocalDate.of(2026, 9, 30), 38),
                new OverdueAction("CO-2026-0003", late, 1, "Train the duty team", LocalDate.of(2026, 9, 30), 38),
                new OverdueAction("CO-2026-0003", later, 1, "Train the duty team", LocalDate.of(2026, 10, 30), 16));
        assertThat(gaps.upheldWithoutLearning()).isEmpty();
    }

    @Test
    void nothingOwedIsAnEmptyReportAsOfToday() {
        answered("SE-2026-0001", Procedure.SEND, "2026-04-20", Outcome.NOT_UPHELD);

        assertThat(reports.handle(new FindLearningGapsQuery()))
                .isEqualTo(new LearningGaps(TODAY, List.of(), List.of()));
    }

    /** A complaint whose Stage 1 was answered with the outcome given. */
    private UUID answered(String reference, Procedure procedure, String respondedOn, Outcome outcome) {
        LocalDate answeredOn = LocalDate.parse(respondedOn);
        ComplaintReceivedEvent received = received(reference, procedure, "CIC", "Team A", answeredOn.minusDays(10),
                answeredOn);
        events.deliver(received.complaintId(), received,
                new ComplaintRespondedEvent(received.complaintId(), Stage.STAGE_1, answeredOn, outcome, null));
        return received.complaintId();
    }

    private static LearningCapturedEvent learning(UUID complaint, UUID learningId, LocalDate actionsDue) {
        return new LearningCapturedEvent(complaint, learningId, LocalDate.of(2026, 4, 27), "IMPROVE_COMMUNICATION",
                "Letters did not say who to contact", List.of(
                new LearningAction("Add a named contact to every letter", "Pat Owner", actionsDue),
                new LearningAction("Train the duty team", "Pat Owner", actionsDue)));
    }
}
