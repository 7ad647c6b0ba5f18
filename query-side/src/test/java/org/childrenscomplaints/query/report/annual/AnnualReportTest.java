package org.childrenscomplaints.query.report.annual;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.comment.CommentReceivedEvent;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.Complainant;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintDeclinedEvent;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReclassifiedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ComplaintWithdrawnEvent;
import org.childrenscomplaints.api.complaint.LearningAction;
import org.childrenscomplaints.api.complaint.LearningActionCompletedEvent;
import org.childrenscomplaints.api.complaint.LearningCapturedEvent;
import org.childrenscomplaints.api.complaint.OmbudsmanDecision;
import org.childrenscomplaints.api.complaint.OmbudsmanDecisionRecordedEvent;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.compliment.ComplimentRecordedEvent;
import org.childrenscomplaints.api.compliment.ComplimentSource;
import org.childrenscomplaints.api.personal.PersonalDataWriter;
import org.childrenscomplaints.api.report.AnnualReport;
import org.childrenscomplaints.api.report.AnnualReport.LearningEntry;
import org.childrenscomplaints.api.report.AnnualReport.ProcedureFigures;
import org.childrenscomplaints.api.report.AnnualReport.Stage1Timeliness;
import org.childrenscomplaints.api.report.AnnualReport.Stage2Timeliness;
import org.childrenscomplaints.api.report.AnnualReport.Totals;
import org.childrenscomplaints.api.report.FindAnnualReportQuery;
import org.childrenscomplaints.query.BatchedDocuments;
import org.childrenscomplaints.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import com.mongodb.client.MongoCollection;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The annual report's figures kept by its projection in the embedded MongoDB, under the contract's counting rules. */
class AnnualReportTest {

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final BatchedDocuments documents = new BatchedDocuments(mongo.template());
    private final YearRevisions revisions = new YearRevisions(mongo.template(), documents);
    private final YearFiguresStore figures = new YearFiguresStore(mongo.template(), documents, revisions, true);
    private final LearningTable learning = new LearningTable(mongo.template(), revisions);
    private final AnnualReportProjection projection = projectionOn(mongo.template(), documents, figures, learning, revisions);
    private final AnnualReportQueryHandler reports = new AnnualReportQueryHandler(figures, learning, revisions);
    private final Map<UUID, Long> sequences = new HashMap<>();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aYearCountsItsContactsByProcedureAndComparesWithTheYearBefore() {
        UUID answered = receive("ST-2019-0001", Procedure.STATUTORY, "2019-04-01", ComplainantRelationship.CHILD_OR_YOUNG_PERSON,
                "CIC", "DELAY", "COMMUNICATION_LACK_POOR");
        deliver(answered, new ComplaintRespondedEvent(answered, Stage.STAGE_1, LocalDate.of(2019, 4, 12), Outcome.UPHELD, null));
        UUID withdrawn = receive("CO-2019-0001", Procedure.CORPORATE, "2019-05-01", ComplainantRelationship.PARENT, "ASS", "DELAY");
        deliver(withdrawn, new ComplaintWithdrawnEvent(withdrawn, Stage.STAGE_1, LocalDate.of(2019, 6, 14), null));
        receive("CO-2019-0002", Procedure.CORPORATE, "2020-03-31", ComplainantRelationship.CHILD_OR_YOUNG_PERSON, "ASS", "OTHER");
        receive("SE-2019-0001", Procedure.SEND, "2019-09-02", ComplainantRelationship.CHILD_OR_YOUNG_PERSON, "SEND", "DELAY_CARE_PLAN");
        receive("CO-2018-0001", Procedure.CORPORATE, "2018-04-03", ComplainantRelationship.PARENT, "ASS", "DELAY");
        receive("CO-2018-0002", Procedure.CORPORATE, "2019-03-29", ComplainantRelationship.PARENT, "ASS", "DELAY");
        comment("2019-07-01");
        compliment("2019-08-01", "Early Help");
        compliment("2019-08-02", "Early Help");
        compliment("2019-08-03", "St. Mary's $team");

        AnnualReport report = report(2019);

        assertThat(report.from()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(report.to()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(report.totals()).isEqualTo(new Totals(3, 1, 2, 1, 1, 3, 2, 2));
        assertThat(report.previousTotals()).isEqualTo(new Totals(2, 0, 2, 0, 0, 0, 0, 0));
        assertThat(report.changePercent().complaints()).isEqualTo(50);
        assertThat(report.changePercent().corporate()).isZero();
        assertThat(report.changePercent().statutory()).as("nothing to compare with").isNull();
        assertThat(report.complimentsByTeam()).containsExactly(Map.entry("Early Help", 2), Map.entry("St. Mary's $team", 1));

        ProcedureFigures statutory = report.procedures().get("STATUTORY");
        assertThat(statutory.received()).isEqualTo(1);
        assertThat(statutory.serviceAreas()).containsExactly(Map.entry("CIC", 1));
        assertThat(statutory.issueCount()).isEqualTo(2);
        assertThat(statutory.issueCategoryCount()).isEqualTo(2);
        assertThat(statutory.stage1Outcomes()).containsExactly(Map.entry("UPHELD", 1));
        assertThat(statutory.stage1Timeliness()).isEqualTo(new Stage1Timeliness(1, 0, 0, 0));
        assertThat(statutory.percentWithin10()).isEqualTo(100);

        ProcedureFigures corporate = report.procedures().get("CORPORATE");
        assertThat(corporate.received()).isEqualTo(2);
        assertThat(corporate.stage1Outcomes()).containsOnly(Map.entry("WITHDRAWN", 1), Map.entry("PENDING", 1));
        assertThat(corporate.stage1Timeliness()).as("withdrawn after 32 working days; one not answered")
                .isEqualTo(new Stage1Timeliness(0, 0, 1, 1));
        assertThat(corporate.percentWithin10()).isZero();
        assertThat(corporate.issues()).containsExactly(Map.entry("DELAY", 1), Map.entry("OTHER", 1));
        assertThat(report.procedures().get("SEND").received()).isEqualTo(1);
    }

    @Test
    void aDeclinedComplaintIsNoAnswerAndAWithdrawalAtStage2NoStage2Response() {
        UUID declined = receive("CO-2019-0005", Procedure.CORPORATE, "2019-04-02", ComplainantRelationship.PARENT, "ASS", "DELAY");
        deliver(declined, new ComplaintDeclinedEvent(declined, Stage.STAGE_1, LocalDate.of(2019, 4, 3), "out of scope"));
        UUID withdrawn = receive("CO-2019-0006", Procedure.CORPORATE, "2019-04-02", ComplainantRelationship.PARENT, "ASS", "DELAY");
        deliver(withdrawn, new ComplaintRespondedEvent(withdrawn, Stage.STAGE_1, LocalDate.of(2019, 4, 3), Outcome.NOT_UPHELD, null));
        deliver(withdrawn, new ComplaintEscalatedEvent(withdrawn, Stage.STAGE_2, LocalDate.of(2019, 4, 8), null, null,
                ClockType.RESPONSE, LocalDate.of(2019, 5, 7)));
        deliver(withdrawn, new ComplaintWithdrawnEvent(withdrawn, Stage.STAGE_2, LocalDate.of(2019, 4, 9), null));

        ProcedureFigures corporate = report(2019).procedures().get("CORPORATE");

        assertThat(corporate.stage1Outcomes()).containsOnly(Map.entry("DECLINED", 1), Map.entry("NOT_UPHELD", 1));
        assertThat(corporate.stage1Timeliness()).isEqualTo(new Stage1Timeliness(1, 0, 0, 1));
        assertThat(corporate.percentWithin10()).isEqualTo(50);
        assertThat(corporate.stage2Timeliness()).isEqualTo(new Stage2Timeliness(0, 0, 0, 1));
    }

    @Test
    void escalationsAndOmbudsmanDecisionsBelongToTheYearTheyHappenIn() {
        UUID id = receive("ST-2019-0002", Procedure.STATUTORY, "2020-02-03", ComplainantRelationship.PARENT, "CIC", "DELAY");
        deliver(id, new ComplaintRespondedEvent(id, Stage.STAGE_1, LocalDate.of(2020, 2, 14), Outcome.NOT_UPHELD, null));
        deliver(id, new ComplaintEscalatedEvent(id, Stage.STAGE_2, LocalDate.of(2020, 3, 2), null, null,
                ClockType.RESPONSE, LocalDate.of(2020, 4, 6)));
        deliver(id, new ComplaintRespondedEvent(id, Stage.STAGE_2, LocalDate.of(2020, 4, 30), Outcome.NOT_UPHELD, null));
        deliver(id, new ComplaintEscalatedEvent(id, Stage.OMBUDSMAN, LocalDate.of(2020, 5, 11), null, "20 001 002", null, null));
        deliver(id, new OmbudsmanDecisionRecordedEvent(id, LocalDate.of(2020, 9, 1), OmbudsmanDecision.NOT_UPHELD_NO_FAULT,
                true, false, null));

        ProcedureFigures in2019 = report(2019).procedures().get("STATUTORY");
        ProcedureFigures in2020 = report(2020).procedures().get("STATUTORY");

        assertThat(in2019.received()).isEqualTo(1);
        assertThat(in2019.escalatedToStage2()).isEqualTo(1);
        assertThat(in2019.stage2Timeliness()).as("40 working days, Easter included")
                .isEqualTo(new Stage2Timeliness(0, 1, 0, 0));
        assertThat(in2019.escalatedToOmbudsman()).isZero();
        assertThat(in2020.received()).isZero();
        assertThat(in2020.escalatedToOmbudsman()).isEqualTo(1);
        assertThat(report(2020).ombudsmanDecisions()).containsExactly(Map.entry("NOT_UPHELD_NO_FAULT", 1));
        assertThat(report(2019).ombudsmanDecisions()).isEmpty();
    }

    @Test
    void aReclassifiedComplaintMovesToItsNewProcedureAndItsLearningIsListed() {
        UUID id = receive("ST-2019-0003", Procedure.STATUTORY, "2019-10-01", ComplainantRelationship.CHILD_OR_YOUNG_PERSON,
                "CIC", "DELAY");
        deliver(id, new ComplaintReclassifiedEvent(id, Procedure.STATUTORY, Procedure.CORPORATE, "not a looked-after child",
                null, null, LocalDate.of(2019, 10, 29)));
        deliver(id, new ComplaintRespondedEvent(id, Stage.STAGE_1, LocalDate.of(2019, 10, 10), Outcome.PARTIALLY_UPHELD, null));
        UUID learningId = UUID.randomUUID();
        deliver(id, new LearningCapturedEvent(id, learningId, LocalDate.of(2019, 10, 20), "PROVIDE_TRAINING",
                "Reviews were cancelled without notice", List.of(new LearningAction("Train team managers", "A Person",
                LocalDate.of(2019, 12, 1)))));

        deliver(id, new ComplaintAllocatedEvent(id, Stage.STAGE_1, "m.jones", "Morgan Jones", "CIC 1", null));
        AnnualReport beforeActionDone = report(2019);
        deliver(id, new LearningActionCompletedEvent(id, learningId, 0, LocalDate.of(2019, 11, 30)));

        assertThat(beforeActionDone.procedures().get("STATUTORY").received()).isZero();
        assertThat(beforeActionDone.procedures().get("CORPORATE").received()).isEqualTo(1);
        assertThat(beforeActionDone.totals().statutory()).isZero();
        assertThat(beforeActionDone.totals().fromChildrenAndYoungPeople()).isEqualTo(1);
        assertThat(beforeActionDone.learning()).containsExactly(new LearningEntry("ST-2019-0003", "PROVIDE_TRAINING",
                "Reviews were cancelled without notice", List.of("Train team managers"), false));
        assertThat(report(2019).learning().get(0).allActionsComplete()).isTrue();
        assertThat(mongo.template().getCollection("annual_report_contacts").find().first().toJson())
                .as("staff names are personal data the report has no use for")
                .doesNotContain("Morgan Jones", "A Person", "A Name").contains("m.jones");
    }

    @Test
    void theLearningTableListsTheYearsComplaintsByReferenceAndEachComplaintsLessonsInTurn() {
        UUID later = receive("ST-2019-0020", Procedure.STATUTORY, "2019-06-01", ComplainantRelationship.PARENT, "CIC", "DELAY");
        UUID earlier = receive("CO-2019-0007", Procedure.CORPORATE, "2019-09-01", ComplainantRelationship.PARENT, "ASS", "DELAY");
        UUID yearBefore = receive("ST-2018-0005", Procedure.STATUTORY, "2019-03-29", ComplainantRelationship.PARENT, "CIC", "DELAY");
        UUID without = receive("ST-2019-0001", Procedure.STATUTORY, "2019-04-01", ComplainantRelationship.PARENT, "CIC", "DELAY");
        learn(later, "Minutes went out late");
        learn(yearBefore, "Reviews were cancelled without notice");
        learn(earlier, "Letters used jargon");
        learn(later, "Nobody said who was dealing with it");
        deliver(without, new ComplaintRespondedEvent(without, Stage.STAGE_1, LocalDate.of(2019, 4, 10), Outcome.NOT_UPHELD, null));

        assertThat(report(2019).learning()).extracting(LearningEntry::reference, LearningEntry::summary).containsExactly(
                tuple("CO-2019-0007", "Letters used jargon"), tuple("ST-2019-0020", "Minutes went out late"),
                tuple("ST-2019-0020", "Nobody said who was dealing with it"));
        assertThat(report(2018).learning()).extracting(LearningEntry::reference).containsExactly("ST-2018-0005");
        assertThat(report(2020).learning()).isEmpty();

        projection.reset();
        assertThat(report(2019).learning()).isEmpty();
    }

    @Test
    void aKeptReportIsAssembledAgainOnceItsYearOrTheYearBeforeChangesWhicheverAppInstanceChangedIt() {
        UUID first = receive("ST-2019-0030", Procedure.STATUTORY, "2019-06-01", ComplainantRelationship.PARENT, "CIC", "DELAY");
        learn(first, "Minutes went out late");
        AnnualReportQueryHandler otherInstance = new AnnualReportQueryHandler(figures, learning, revisions);
        AnnualReport kept = otherInstance.handle(new FindAnnualReportQuery(2019));
        assertThat(kept.learning()).extracting(LearningEntry::summary).containsExactly("Minutes went out late");

        // written behind the projection's back, so with no revision renewed: the instance keeps what it assembled
        rewriteBehindTheProjectionsBack(first, "Written behind its back");
        receive("ST-2020-0001", Procedure.STATUTORY, "2020-06-01", ComplainantRelationship.PARENT, "CIC", "DELAY");
        assertThat(otherInstance.handle(new FindAnnualReportQuery(2019))).isSameAs(kept);

        receive("ST-2018-0031", Procedure.STATUTORY, "2018-06-01", ComplainantRelationship.PARENT, "CIC", "DELAY");
        AnnualReport afterTheYearBefore = otherInstance.handle(new FindAnnualReportQuery(2019));
        assertThat(afterTheYearBefore.previousTotals().complaints()).isEqualTo(1);
        assertThat(afterTheYearBefore.learning()).extracting(LearningEntry::summary).containsExactly("Written behind its back");

        rewriteBehindTheProjectionsBack(first, "Written behind its back again");
        receive("ST-2019-0032", Procedure.STATUTORY, "2019-06-02", ComplainantRelationship.PARENT, "CIC", "DELAY");
        AnnualReport afterTheYear = otherInstance.handle(new FindAnnualReportQuery(2019));
        assertThat(afterTheYear.totals().complaints()).isEqualTo(2);
        assertThat(afterTheYear.learning()).extracting(LearningEntry::summary).containsExactly("Written behind its back again");
    }

    @Test
    void aYearsFiguresAndLearningAreEachWrittenBeforeTheirRevisionAndAReportReadsTheRevisionsFirst() {
        List<String> commands = new CopyOnWriteArrayList<>();
        try (EmbeddedMongo recorded = new EmbeddedMongo(new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                BsonValue collection = event.getCommand().get(event.getCommandName());
                if (collection != null && collection.isString()) {
                    commands.add(event.getCommandName() + " " + collection.asString().getValue());
                }
            }
        })) {
            BatchedDocuments recordedDocuments = new BatchedDocuments(recorded.template());
            YearRevisions recordedRevisions = new YearRevisions(recorded.template(), recordedDocuments);
            YearFiguresStore recordedFigures = new YearFiguresStore(recorded.template(), recordedDocuments, recordedRevisions, true);
            LearningTable recordedLearning = new LearningTable(recorded.template(), recordedRevisions);
            AnnualReportProjection recordedProjection = projectionOn(recorded.template(), recordedDocuments, recordedFigures,
                    recordedLearning, recordedRevisions);
            UUID id = UUID.randomUUID();
            recordedProjection.on(new ComplaintReceivedEvent(id, "ST-2019-0040", Procedure.STATUTORY, LocalDate.of(2019, 6, 3),
                    Channel.EMAIL, new Complainant(ComplainantRelationship.PARENT, "A Name", null, null, null), "CIC", "Team",
                    List.of("DELAY"), "summary", null, null, null, null, LocalDate.of(2019, 6, 6), LocalDate.of(2019, 6, 17)), 0);
            recordedProjection.on(new LearningCapturedEvent(id, UUID.randomUUID(), LocalDate.of(2019, 10, 20), "PROVIDE_TRAINING",
                    "Minutes went out late", List.of()), id.toString(), 1);

            new AnnualReportQueryHandler(recordedFigures, recordedLearning, recordedRevisions).handle(new FindAnnualReportQuery(2019));
        }

        assertThat(commands).filteredOn(command -> command.contains(" annual_report_years") || command.contains(" annual_report_learning")
                || command.endsWith(YearRevisions.COLLECTION)).containsExactly(
                "update annual_report_years", "update annual_report_years", "update annual_report_revisions",
                "update annual_report_learning", "update annual_report_revisions",
                "find annual_report_revisions", "find annual_report_years", "find annual_report_years", "find annual_report_learning");
    }

    @Test
    void figuresAndLearningStoredByAnEarlierReleaseWithoutRevisionsAreReportedAndLaterChangesToo() {
        UUID stored = receive("ST-2019-0050", Procedure.STATUTORY, "2019-06-01", ComplainantRelationship.PARENT, "CIC", "DELAY");
        mongo.template().save(new YearLearning(YearShares.of(2019, stored.toString()), Map.of(stored.toString(),
                List.of(new LearningEntry("ST-2019-0050", "PROVIDE_TRAINING", "Stored before revisions", List.of(), true)))));
        mongo.template().dropCollection(YearRevisions.COLLECTION);
        AnnualReport stored2019 = report(2019);
        assertThat(stored2019.totals().complaints()).isEqualTo(1);
        assertThat(stored2019.learning()).extracting(LearningEntry::summary).containsExactly("Stored before revisions");

        UUID later = receive("ST-2019-0051", Procedure.STATUTORY, "2019-06-02", ComplainantRelationship.PARENT, "CIC", "DELAY");
        learn(later, "Letters used jargon");

        assertThat(report(2019).totals().complaints()).isEqualTo(2);
        assertThat(report(2019).learning()).extracting(LearningEntry::summary)
                .containsExactly("Stored before revisions", "Letters used jargon");
    }

    @Test
    void anEventDeliveredAgainIsCountedOnceEvenAfterACrashBetweenItsTwoWrites() {
        UUID id = receive("CO-2019-0003", Procedure.CORPORATE, "2019-04-02", ComplainantRelationship.PARENT, "ASS", "DELAY");
        ComplaintRespondedEvent response = new ComplaintRespondedEvent(id, Stage.STAGE_1, LocalDate.of(2019, 4, 3),
                Outcome.UPHELD, null);
        long sequence = next(id);
        // the crash: the year's figures took the response, the contact was never saved
        figures.add(2019, id.toString(), sequence, Map.of(
                CountKey.of("CORPORATE", AnnualCounts.STAGE1_OUTCOMES, "PENDING").encoded(), -1,
                CountKey.of("CORPORATE", AnnualCounts.STAGE1_OUTCOMES, "UPHELD").encoded(), 1,
                CountKey.of("CORPORATE", AnnualCounts.STAGE1_TIMELINESS, "notResponded").encoded(), -1,
                CountKey.of("CORPORATE", AnnualCounts.STAGE1_TIMELINESS, "within10").encoded(), 1));

        projection.on(response, id.toString(), sequence);
        projection.on(response, id.toString(), sequence);
        projection.on(received(id), 0);

        ProcedureFigures corporate = report(2019).procedures().get("CORPORATE");
        assertThat(corporate.received()).isEqualTo(1);
        assertThat(corporate.stage1Outcomes()).containsExactly(Map.entry("UPHELD", 1));
        assertThat(corporate.stage1Timeliness()).isEqualTo(new Stage1Timeliness(1, 0, 0, 0));
    }

    @Test
    void aResetEmptiesTheFiguresForAReplay() {
        receive("CO-2019-0004", Procedure.CORPORATE, "2019-04-02", ComplainantRelationship.PARENT, "ASS", "DELAY");
        assertThat(report(2019).totals().complaints()).isEqualTo(1);

        projection.reset();

        assertThat(report(2019).totals()).isEqualTo(new Totals(0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void aResetThatStopsPartWayStillMakesEveryKeptReportOutOfDate() {
        receive("CO-2019-0005", Procedure.CORPORATE, "2019-04-02", ComplainantRelationship.PARENT, "ASS", "DELAY");
        assertThat(report(2019).totals().complaints()).isEqualTo(1);
        MongoTemplate failsAtTheLearning = new MongoTemplate(mongo.template().getMongoDatabaseFactory(), mongo.template().getConverter()) {
            @Override
            public MongoCollection<Document> getCollection(String name) {
                if (name.equals("annual_report_learning")) {
                    throw new IllegalStateException("the store went away");
                }
                return super.getCollection(name);
            }
        };

        assertThatThrownBy(projectionOn(failsAtTheLearning, documents, figures, learning, revisions)::reset)
                .hasMessage("the store went away");

        assertThat(report(2019).totals().complaints()).isZero();
    }

    private final Map<UUID, ComplaintReceivedEvent> receipts = new HashMap<>();

    private UUID receive(String reference, Procedure procedure, String receivedOn, ComplainantRelationship relationship,
                         String serviceArea, String... issues) {
        UUID id = UUID.nameUUIDFromBytes(reference.getBytes());
        ComplaintReceivedEvent event = new ComplaintReceivedEvent(id, reference, procedure, LocalDate.parse(receivedOn),
                Channel.EMAIL, new Complainant(relationship, "A Name", null, null, null), serviceArea, "Team",
                List.of(issues), "summary", null, null, null, null, LocalDate.parse(receivedOn).plusDays(3),
                LocalDate.parse(receivedOn).plusDays(14));
        receipts.put(id, event);
        projection.on(event, next(id));
        return id;
    }

    private ComplaintReceivedEvent received(UUID id) {
        return receipts.get(id);
    }

    private void comment(String receivedOn) {
        UUID id = UUID.randomUUID();
        projection.on(new CommentReceivedEvent(id, "CM-" + receivedOn, LocalDate.parse(receivedOn), Channel.EMAIL, "ASS",
                null, "summary", null, null, null), next(id));
    }

    private void compliment(String receivedOn, String team) {
        UUID id = UUID.randomUUID();
        projection.on(new ComplimentRecordedEvent(id, "CP-" + receivedOn, LocalDate.parse(receivedOn), "EARLY_HELP", team,
                ComplimentSource.EXTERNAL, "thanks"), next(id));
    }

    private void deliver(UUID id, Object event) {
        projection.on(event, id.toString(), next(id));
    }

    private void learn(UUID id, String summary) {
        deliver(id, new LearningCapturedEvent(id, UUID.randomUUID(), LocalDate.of(2019, 10, 20), "PROVIDE_TRAINING", summary,
                List.of(new LearningAction("Train team managers", "A Person", LocalDate.of(2019, 12, 1)))));
    }

    /** Changes the complaint's lesson in the learning table directly, as no projection does. */
    private void rewriteBehindTheProjectionsBack(UUID complaint, String summary) {
        mongo.template().updateFirst(Query.query(Criteria.where("_id").is(YearShares.of(2019, complaint.toString()))),
                Update.update("entries." + complaint, List.of(new LearningEntry("ST-2019-0030", "PROVIDE_TRAINING",
                        summary, List.of(), false))), YearLearning.class);
    }

    private static AnnualReportProjection projectionOn(MongoTemplate mongo, BatchedDocuments documents, YearFiguresStore figures,
                                                       LearningTable learning, YearRevisions revisions) {
        return new AnnualReportProjection(mongo, documents, figures, learning, revisions,
                WorkingDayCalendar.englandAndWales(), new PersonalDataWriter(JsonMapper.builder().build()));
    }

    private long next(UUID id) {
        return sequences.merge(id, 0L, (last, ignored) -> last + 1);
    }

    private AnnualReport report(int year) {
        return reports.handle(new FindAnnualReportQuery(year));
    }
}
