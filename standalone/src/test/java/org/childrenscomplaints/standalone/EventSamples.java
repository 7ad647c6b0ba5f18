package org.childrenscomplaints.standalone;

import org.childrenscomplaints.api.comment.CommentAcknowledgedEvent;
import org.childrenscomplaints.api.comment.CommentAllocatedEvent;
import org.childrenscomplaints.api.comment.CommentReceivedEvent;
import org.childrenscomplaints.api.comment.CommentRespondedEvent;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.compliment.ComplimentRecordedEvent;
import org.childrenscomplaints.api.compliment.ComplimentSource;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ReminderFiredEvent;
import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent.ScheduledReminder;
import org.childrenscomplaints.api.complaint.ReviewPanelHeldEvent;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintDeclinedEvent;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReclassifiedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ComplaintWithdrawnEvent;
import org.childrenscomplaints.api.complaint.DelayReasonRecordedEvent;
import org.childrenscomplaints.api.complaint.ExtensionAgreedEvent;
import org.childrenscomplaints.api.complaint.LearningAction;
import org.childrenscomplaints.api.complaint.LearningActionCompletedEvent;
import org.childrenscomplaints.api.complaint.LearningCapturedEvent;
import org.childrenscomplaints.api.complaint.OmbudsmanDecision;
import org.childrenscomplaints.api.complaint.OmbudsmanDecisionRecordedEvent;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Remedy;
import org.childrenscomplaints.api.complaint.RemedyCompletedEvent;
import org.childrenscomplaints.api.complaint.PanelReportReceivedEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.complaint.Complainant;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.reference.ReferenceIssuedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One fully populated instance of every event type, whose stored JSON the approval test pins. */
final class EventSamples {

    private static final UUID CASE = UUID.fromString("0b9d4c8e-5f1a-4e2b-8c3d-7a6f5e4d3c2b");
    private static final UUID COMMENT = UUID.fromString("2b3c4d5e-6f70-4a8b-9cad-1e2f3a4b5c6d");
    private static final UUID LEARNING = UUID.fromString("7c6b5a49-3e2d-4c1b-9a08-f7e6d5c4b3a2");

    static final List<Object> ALL = List.of(
            new ReferenceIssuedEvent("ST-2026", 7, CASE),
            new ComplaintReceivedEvent(CASE, "ST-2026-0007", Procedure.STATUTORY, LocalDate.of(2026, 4, 2),
                    Channel.WEB_FORM, new Complainant(ComplainantRelationship.FOSTER_CARER, "Alex Example",
                    "alex@example.org", "01234 567890", "1 Example Street"), "CIC", "Children in Care 2",
                    List.of("DELAY", "COMMUNICATION_LACK_POOR"), "The review meeting was cancelled twice",
                    LocalDate.of(2025, 3, 1), "The carer was in hospital", null, true, LocalDate.of(2026, 4, 9),
                    LocalDate.of(2026, 4, 20)),
            new ComplaintAcknowledgedEvent(CASE, LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 21)),
            new ComplaintAllocatedEvent(CASE, Stage.STAGE_1, "m.jones", "M Jones", "Children in Care 2", null),
            new ExtensionAgreedEvent(CASE, Stage.STAGE_1, LocalDate.of(2026, 4, 8), LocalDate.of(2026, 5, 5),
                    "The carer asked for a meeting first"),
            new DelayReasonRecordedEvent(CASE, Stage.STAGE_1, "OTHER", "The manager was on leave"),
            new ComplaintRespondedEvent(CASE, Stage.STAGE_1, LocalDate.of(2026, 5, 5), Outcome.PARTIALLY_UPHELD,
                    Map.of("DELAY", Outcome.UPHELD, "COMMUNICATION_LACK_POOR", Outcome.NOT_UPHELD)),
            new RemindersScheduledEvent(CASE, Stage.STAGE_1, ClockType.RESPONSE, LocalDate.of(2026, 4, 20), List.of(
                    new ScheduledReminder(ReminderLevel.EARLY, Instant.parse("2026-04-13T06:00:00Z"),
                            "3f1c2b4a-8d7e-4f60-9a1b-2c3d4e5f6a7b"),
                    new ScheduledReminder(ReminderLevel.APPROACHING, Instant.parse("2026-04-16T06:00:00Z"),
                            "4a2d3c5b-9e8f-4a71-8b2c-3d4e5f6a7b8c"))),
            new ReminderFiredEvent(CASE, Stage.STAGE_1, ClockType.RESPONSE, ReminderLevel.OVERDUE, LocalDate.of(2026, 4, 20)),
            new ComplaintEscalatedEvent(CASE, Stage.STAGE_3, LocalDate.of(2026, 6, 10), "The family was abroad", null,
                    ClockType.PANEL, LocalDate.of(2026, 7, 22)),
            new ReviewPanelHeldEvent(CASE, LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 27)),
            new PanelReportReceivedEvent(CASE, LocalDate.of(2026, 7, 24), LocalDate.of(2026, 8, 14)),
            new ComplaintWithdrawnEvent(CASE, Stage.STAGE_1, LocalDate.of(2026, 4, 8), "Resolved with the social worker"),
            new ComplaintDeclinedEvent(CASE, Stage.STAGE_1, LocalDate.of(2026, 4, 8), "Concurrent care proceedings"),
            new ComplaintReclassifiedEvent(CASE, Procedure.CORPORATE, Procedure.STATUTORY,
                    "The complaint is about the child's care plan", "She is the child's main carer",
                    LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 20)),
            new LearningCapturedEvent(CASE, LEARNING, LocalDate.of(2026, 5, 6), "PROVIDE_TRAINING",
                    "Reviews were rescheduled without telling the family",
                    List.of(new LearningAction("Brief all IROs on notice periods", "Head of Safeguarding",
                            LocalDate.of(2026, 6, 30)))),
            new LearningActionCompletedEvent(CASE, LEARNING, 0, LocalDate.of(2026, 6, 15)),
            new OmbudsmanDecisionRecordedEvent(CASE, LocalDate.of(2026, 10, 1), OmbudsmanDecision.UPHELD_FAULT_INJUSTICE,
                    true, false, List.of(new Remedy("Apologise in writing", LocalDate.of(2026, 10, 31)))),
            new RemedyCompletedEvent(CASE, 0, LocalDate.of(2026, 10, 20)),
            new ComplimentRecordedEvent(UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"), "CP-2019-0001",
                    LocalDate.of(2019, 6, 3), "EARLY_HELP", "Early Help", ComplimentSource.EXTERNAL,
                    "Thanks for the support over the summer"),
            new CommentReceivedEvent(COMMENT, "CM-2026-0001", LocalDate.of(2026, 4, 2), Channel.MOBILE_APP, "CIC",
                    "Children in Care 2", "More evening activities please",
                    new Complainant(ComplainantRelationship.CHILD_OR_YOUNG_PERSON, "Sam Example", null, null, null),
                    LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 20)),
            new CommentAcknowledgedEvent(COMMENT, LocalDate.of(2026, 4, 7)),
            new CommentAllocatedEvent(COMMENT, "m.jones", "M Jones", "Children in Care 2"),
            new CommentRespondedEvent(COMMENT, LocalDate.of(2026, 4, 21), "OTHER", "The youth worker was away"));

    private EventSamples() {
    }
}
