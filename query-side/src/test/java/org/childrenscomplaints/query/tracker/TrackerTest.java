package org.childrenscomplaints.query.tracker;

import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.comment.CommentAcknowledgedEvent;
import org.childrenscomplaints.api.comment.CommentAllocatedEvent;
import org.childrenscomplaints.api.comment.CommentReceivedEvent;
import org.childrenscomplaints.api.comment.CommentRespondedEvent;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintDeclinedEvent;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReclassifiedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.DelayReasonRecordedEvent;
import org.childrenscomplaints.api.complaint.ExtensionAgreedEvent;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.ReviewPanelHeldEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.tracker.FindOpenClocksQuery;
import org.childrenscomplaints.api.tracker.OpenClock;
import org.childrenscomplaints.api.tracker.OpenClocksPage;
import org.childrenscomplaints.api.tracker.Rag;
import org.childrenscomplaints.query.BatchedDocuments;
import org.childrenscomplaints.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenscomplaints.query.TestEvents.received;

/** The tracker projection and its queries against the embedded MongoDB, read on Thursday 9 April 2026. */
class TrackerTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate THURSDAY = LocalDate.of(2026, 4, 9);

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final OpenClockRows rows = new OpenClockRows(CALENDAR,
            Clock.fixed(THURSDAY.atTime(23, 30).atZone(LONDON).toInstant(), LONDON));
    private final TrackerProjection projection = new TrackerProjection(mongo.template(),
            new BatchedDocuments(mongo.template()), rows,
            SimpleQueryUpdateEmitter.builder().build());
    private final TrackerQueryHandler queries = new TrackerQueryHandler(mongo.template(), rows, CALENDAR);

    // acknowledgement overdue since Wednesday; response due Monday 20th
    private final ComplaintReceivedEvent overdue = received("ST-2026-0001", Procedure.STATUTORY, "CIC", "Team A",
            LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 20));
    // acknowledgement due today; response due Friday 24th
    private final ComplaintReceivedEvent dueToday = received("CO-2026-0001", Procedure.CORPORATE, "ASS", "Team B",
            THURSDAY, LocalDate.of(2026, 4, 24));

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void eachReceivedComplaintOpensItsAcknowledgementAndStage1ResponseClocksMostUrgentFirst() {
        projection.on(overdue);
        projection.on(dueToday);

        OpenClocksPage page = queries.handle(all());

        assertThat(page.total()).isEqualTo(4);
        assertThat(page.clocks()).extracting(OpenClock::reference, OpenClock::clock, OpenClock::dueDate,
                        OpenClock::workingDaysLeft, OpenClock::rag)
                .containsExactly(
                        tuple("ST-2026-0001", ClockType.ACKNOWLEDGEMENT, LocalDate.of(2026, 4, 8), -1, Rag.RED),
                        tuple("CO-2026-0001", ClockType.ACKNOWLEDGEMENT, THURSDAY, 0, Rag.AMBER),
                        tuple("ST-2026-0001", ClockType.RESPONSE, LocalDate.of(2026, 4, 20), 7, Rag.GREEN),
                        tuple("CO-2026-0001", ClockType.RESPONSE, LocalDate.of(2026, 4, 24), 11, Rag.GREEN));
        assertThat(page.clocks().get(0).id()).isEqualTo(overdue.complaintId());
    }

    @Test
    void anEventDeliveredTwiceChangesNothing() {
        projection.on(overdue);
        projection.on(overdue);

        assertThat(queries.handle(all()).total()).isEqualTo(2);
    }

    @Test
    void filtersCombineAndRagIsJudgedOnTheDayOfTheQuestion() {
        projection.on(overdue);
        projection.on(dueToday);

        assertThat(queries.handle(new FindOpenClocksQuery(Rag.RED, null, null, null, null, null, null)).clocks())
                .extracting(OpenClock::reference).containsExactly("ST-2026-0001");
        assertThat(queries.handle(new FindOpenClocksQuery(Rag.AMBER, null, null, null, null, null, null)).clocks())
                .extracting(OpenClock::reference).containsExactly("CO-2026-0001");
        assertThat(queries.handle(new FindOpenClocksQuery(Rag.GREEN, Procedure.CORPORATE, "Team B", "ASS", null, null,
                null)).clocks()).extracting(OpenClock::dueDate).containsExactly(LocalDate.of(2026, 4, 24));
        assertThat(queries.handle(new FindOpenClocksQuery(null, null, "Team C", null, null, null, null)).total()).isZero();
    }

    @Test
    void aPageHoldsSizeClocksAndTheTotalCountsThemAll() {
        projection.on(overdue);
        projection.on(dueToday);

        OpenClocksPage second = queries.handle(new FindOpenClocksQuery(null, null, null, null, null, 1, 3));

        assertThat(second.total()).isEqualTo(4);
        assertThat(second.clocks()).extracting(OpenClock::dueDate).containsExactly(LocalDate.of(2026, 4, 24));
    }

    @Test
    void theAcknowledgementClosesItsClockAndSetsTheStage1DueDateInForce() {
        projection.on(dueToday);

        projection.on(new ComplaintAcknowledgedEvent(dueToday.complaintId(), THURSDAY, LocalDate.of(2026, 4, 23)));

        assertThat(queries.handle(all()).clocks()).extracting(OpenClock::clock, OpenClock::dueDate)
                .containsExactly(tuple(ClockType.RESPONSE, LocalDate.of(2026, 4, 23)));
    }

    @Test
    void allocationExtensionAndDelayReasonShowOnTheStagesClocks() {
        projection.on(overdue);
        UUID id = overdue.complaintId();

        projection.on(new ComplaintAllocatedEvent(id, Stage.STAGE_1, "m.jones", "M Jones", null, null));
        projection.on(new ExtensionAgreedEvent(id, Stage.STAGE_1, THURSDAY, LocalDate.of(2026, 4, 30), null));
        projection.on(new DelayReasonRecordedEvent(id, Stage.STAGE_1, "LEGAL_ISSUE", null));

        assertThat(queries.handle(all()).clocks())
                .extracting(OpenClock::clock, OpenClock::managerId, OpenClock::dueDate, OpenClock::extended,
                        OpenClock::delayReasonRecorded)
                .containsExactly(
                        tuple(ClockType.ACKNOWLEDGEMENT, "m.jones", LocalDate.of(2026, 4, 8), false, true),
                        tuple(ClockType.RESPONSE, "m.jones", LocalDate.of(2026, 4, 30), true, true));
        assertThat(queries.handle(new FindOpenClocksQuery(null, null, null, null, "m.jones", null, null)).total())
                .isEqualTo(2);
    }

    @Test
    void theResponseClosesEveryClockOfTheStage() {
        projection.on(overdue);
        projection.on(dueToday);

        projection.on(new ComplaintRespondedEvent(overdue.complaintId(), Stage.STAGE_1, THURSDAY, Outcome.NOT_UPHELD,
                null));

        assertThat(queries.handle(all()).clocks()).extracting(OpenClock::reference)
                .containsOnly("CO-2026-0001");
    }

    @Test
    void anEscalationOpensTheNextStagesClockAndAnOmbudsmanReferralStopsThemAll() {
        projection.on(overdue);
        UUID id = overdue.complaintId();
        projection.on(new ComplaintRespondedEvent(id, Stage.STAGE_1, THURSDAY, Outcome.NOT_UPHELD, null));
        projection.on(new ComplaintEscalatedEvent(id, Stage.STAGE_3, THURSDAY, null, null, ClockType.PANEL,
                LocalDate.of(2026, 5, 21)));
        projection.on(new ComplaintAllocatedEvent(id, Stage.STAGE_3, "d.director", null, null, null));
        projection.on(new ReviewPanelHeldEvent(id, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 27)));

        assertThat(queries.handle(all()).clocks())
                .extracting(OpenClock::reference, OpenClock::stage, OpenClock::clock, OpenClock::dueDate, OpenClock::managerId)
                .containsExactly(tuple("ST-2026-0001", Stage.STAGE_3, ClockType.PANEL_REPORT, LocalDate.of(2026, 5, 27),
                        "d.director"));

        projection.on(new ComplaintEscalatedEvent(id, Stage.OMBUDSMAN, THURSDAY, null, null, null, null));

        assertThat(queries.handle(all()).total()).isZero();
    }

    @Test
    void aReclassificationRetimesTheClocksAndADeclineStopsThem() {
        projection.on(dueToday);
        UUID id = dueToday.complaintId();

        projection.on(new ComplaintReclassifiedEvent(id, Procedure.CORPORATE, Procedure.STATUTORY, "foster carer", null,
                LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 16)));

        assertThat(queries.handle(all()).clocks()).extracting(OpenClock::procedure, OpenClock::clock, OpenClock::dueDate)
                .containsExactly(tuple(Procedure.STATUTORY, ClockType.ACKNOWLEDGEMENT, LocalDate.of(2026, 4, 7)),
                        tuple(Procedure.STATUTORY, ClockType.RESPONSE, LocalDate.of(2026, 4, 16)));

        projection.on(new ComplaintDeclinedEvent(id, Stage.STAGE_1, THURSDAY, "out of scope"));

        assertThat(queries.handle(all()).total()).isZero();
    }

    @Test
    void aCommentsClocksRunUntilItIsAnswered() {
        UUID commentId = UUID.fromString("2b3c4d5e-6f70-4a8b-9cad-1e2f3a4b5c6d");
        projection.on(new CommentReceivedEvent(commentId, "CM-2026-0001", LocalDate.of(2026, 4, 2), Channel.MOBILE_APP,
                "CIC", null, "summary", null, LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 20)));
        projection.on(new CommentAcknowledgedEvent(commentId, LocalDate.of(2026, 4, 7)));
        projection.on(new CommentAllocatedEvent(commentId, "m.jones", null, null));

        assertThat(queries.handle(all()).clocks())
                .extracting(OpenClock::reference, OpenClock::procedure, OpenClock::clock, OpenClock::managerId)
                .containsExactly(tuple("CM-2026-0001", null, ClockType.RESPONSE, "m.jones"));

        projection.on(new CommentRespondedEvent(commentId, THURSDAY, null, null));

        assertThat(queries.handle(all()).total()).isZero();
    }

    @Test
    void aDueDateIsStoredAsMidnightUtcWhateverTheServersTimeZone() {
        TimeZone serverZone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            projection.on(overdue);
        } finally {
            TimeZone.setDefault(serverZone);
        }

        Date stored = mongo.template().getCollection("tracker_clocks").find().first().getDate("dueDate");
        assertThat(stored.toInstant()).isEqualTo(Instant.parse("2026-04-08T00:00:00Z"));
        assertThat(queries.handle(all()).clocks().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 4, 8));
    }

    @Test
    void aResetEmptiesTheTrackerForAReplay() {
        projection.on(overdue);

        projection.reset();

        assertThat(queries.handle(all()).total()).isZero();
    }

    private static FindOpenClocksQuery all() {
        return new FindOpenClocksQuery(null, null, null, null, null, null, null);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
