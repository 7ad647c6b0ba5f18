package org.childrenscomplaints.query.report.annual;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.Complainant;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ComplaintWithdrawnEvent;
import org.childrenscomplaints.api.complaint.LearningCapturedEvent;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.personal.PersonalDataWriter;
import org.childrenscomplaints.api.report.AnnualReport;
import org.childrenscomplaints.api.report.AnnualReport.LearningEntry;
import org.childrenscomplaints.api.report.FindAnnualReportQuery;
import org.childrenscomplaints.query.ProjectionRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenscomplaints.query.ProcessorBatches.event;

/**
 * The annual report's counts written once per share and batch: the same figures as one event at a
 * time, and each event counted once when a batch comes again after its counts were stored but not
 * its contacts (a failed write of the contacts, or a crash between the two writes), whole or
 * shorter; a batch whose contacts are stored leaves no guards behind where one app instance writes
 * the read models, and keeps them where instances share the work.
 */
class YearFiguresInBatchesTest {

    /** Three complaints whose counts share one of the year's documents, so the batch's update for it covers all three. */
    private final List<UUID> sameShare = complaintsInOneShare(3);
    private final UUID first = sameShare.get(0);
    private final UUID second = sameShare.get(1);
    private final UUID third = sameShare.get(2);

    private final Run batched = new Run(true);
    private final Run oneByOne = new Run(true);

    @AfterEach
    void stop() {
        batched.close();
        oneByOne.close();
    }

    @Test
    void aBatchCountsWhatItsEventsCountOneByOne() {
        List<EventMessage<?>> events = List.of(received(first), received(second), responded(first), withdrawn(second),
                received(third));

        batched.process(events);
        events.forEach(oneByOne::handle);

        assertThat(batched.report()).isEqualTo(oneByOne.report());
        assertThat(batched.report().totals().complaints()).isEqualTo(3);
    }

    @Test
    void aBatchDeliveredAgainAfterItsCountsButNotItsContactsWereStoredCountsEachEventOnce() {
        batched.process(List.of(received(first), received(second)));
        batched.report();
        List<EventMessage<?>> batch = List.of(received(third), responded(first), withdrawn(second));
        assertThat(batched.failsAfterItsCounts(batch)).isTrue();
        batched.report();

        // delivered again from the same token, this time with an event that arrived since
        batched.process(Stream.concat(batch.stream(), Stream.of(responded(third))).toList());

        Stream.of(received(first), received(second), received(third), responded(first), withdrawn(second),
                responded(third)).forEach(oneByOne::handle);
        assertThat(batched.report()).isEqualTo(oneByOne.report());
    }

    @Test
    void aBatchDeliveredAgainShorterKeepsTheGuardsOfWhatItsFailedTryCounted() {
        List<EventMessage<?>> batch = List.of(received(third), received(second), withdrawn(third));
        assertThat(batched.failsAfterItsCounts(batch)).isTrue();

        batched.report();
        batched.process(batch.subList(0, 2));
        assertThat(batched.guardedContacts(third)).as("the withdrawal, counted by the failed try")
                .containsExactly(third.toString());
        batched.report();
        batched.process(batch.subList(2, 3));

        batch.forEach(oneByOne::handle);
        assertThat(batched.report()).isEqualTo(oneByOne.report());
    }

    @Test
    void aReportKeptBeforeABatchIsAssembledAgainAfterItsCountsAndLearningAreWritten() {
        batched.process(List.of(received(first), received(second)));
        assertThat(batched.report().procedures().get("CORPORATE").stage1Outcomes()).containsExactly(Map.entry("PENDING", 2));

        batched.process(List.of(responded(first), received(third)));
        AnnualReport afterTheCounts = batched.report();
        assertThat(afterTheCounts.totals().complaints()).isEqualTo(3);
        assertThat(afterTheCounts.procedures().get("CORPORATE").stage1Outcomes())
                .containsExactly(Map.entry("PENDING", 2), Map.entry("UPHELD", 1));

        batched.process(List.of(learnt(second)));
        assertThat(batched.report().learning()).extracting(LearningEntry::summary).containsExactly("Letters used jargon");
    }

    @Test
    void aStoredBatchLeavesNoGuards() {
        batched.process(List.of(received(first), received(second)));
        assertThat(batched.guardedContacts(first)).isEmpty();

        batched.process(List.of(responded(first), received(third)));
        assertThat(batched.guardedContacts(first)).isEmpty();
        Stream.of(received(first), received(second), responded(first), received(third)).forEach(oneByOne::handle);
        assertThat(batched.report()).isEqualTo(oneByOne.report());
    }

    @Test
    void whereInstancesShareTheWorkAStoredBatchKeepsItsGuards() {
        try (Run shared = new Run(false)) {
            shared.process(List.of(received(first), received(second)));
            shared.process(List.of(responded(first)));

            assertThat(shared.guardedContacts(first)).containsExactlyInAnyOrder(first.toString(), second.toString());
        }
    }

    /** The app's annual report projection and its own embedded MongoDB. */
    private static final class Run implements AutoCloseable {
        AnnualReportQueryHandler reports;
        final ProjectionRun run;

        /** @param singleInstance whether this is the only app instance writing the read models */
        Run(boolean singleInstance) {
            run = new ProjectionRun(on -> {
                YearRevisions revisions = new YearRevisions(on.mongo.template(), on.documents);
                YearFiguresStore figures = new YearFiguresStore(on.mongo.template(), on.documents, revisions, singleInstance);
                LearningTable learning = new LearningTable(on.mongo.template(), revisions);
                reports = new AnnualReportQueryHandler(figures, learning, revisions);
                return new AnnualReportProjection(on.mongo.template(), on.documents, figures, learning, revisions,
                        WorkingDayCalendar.englandAndWales(), new PersonalDataWriter(JsonMapper.builder().build()));
            });
        }

        @Override
        public void close() {
            run.close();
        }

        void process(List<EventMessage<?>> batch) {
            run.process(batch);
        }

        void handle(EventMessage<?> event) {
            run.handle(event);
        }

        /**
         * Hands the batch over with someone else's document under the id of its first complaint, which
         * the batch inserts first of its contacts: that insert fails, after the counts were added.
         */
        boolean failsAfterItsCounts(List<EventMessage<?>> batch) {
            String firstContact = ((DomainEventMessage<?>) batch.get(0)).getAggregateIdentifier();
            boolean failed = run.attempt(batch, event -> {
                if (event == batch.get(batch.size() - 1)) {
                    run.mongo.template().insert(new Document("_id", firstContact), "annual_report_contacts");
                }
            }).isExceptional();
            run.mongo.template().remove(new Document("_id", firstContact), "annual_report_contacts");
            return failed;
        }

        /** The contacts that 2019's share holding {@code contact} keeps a guard for. */
        Set<String> guardedContacts(UUID contact) {
            Document share = run.mongo.template().findById(YearShares.of(2019, contact.toString()), Document.class,
                    "annual_report_years");
            return share.get("applied", Document.class).keySet();
        }

        AnnualReport report() {
            return reports.handle(new FindAnnualReportQuery(2019));
        }
    }

    private static List<UUID> complaintsInOneShare(int howMany) {
        return IntStream.range(0, 10_000).mapToObj(i -> UUID.nameUUIDFromBytes(("complaint " + i).getBytes()))
                .filter(id -> Math.floorMod(id.toString().hashCode(), YearShares.SHARES) == 0)
                .limit(howMany).toList();
    }

    private static EventMessage<?> received(UUID id) {
        LocalDate receivedOn = LocalDate.of(2019, 5, 1);
        return event(id.toString(), 0, new ComplaintReceivedEvent(id, "CO-2019-" + id.toString().substring(0, 4),
                Procedure.CORPORATE, receivedOn, Channel.EMAIL,
                new Complainant(ComplainantRelationship.PARENT, "A Name", null, null, null), "ASS", "Team",
                List.of("DELAY"), "summary", null, null, null, null, receivedOn.plusDays(3), receivedOn.plusDays(14)));
    }

    private static EventMessage<?> responded(UUID id) {
        return event(id.toString(), 1, new ComplaintRespondedEvent(id, Stage.STAGE_1, LocalDate.of(2019, 5, 10),
                Outcome.UPHELD, null));
    }

    private static EventMessage<?> learnt(UUID id) {
        return event(id.toString(), 1, new LearningCapturedEvent(id, UUID.randomUUID(), LocalDate.of(2019, 5, 20),
                "PROVIDE_TRAINING", "Letters used jargon", List.of()));
    }

    private static EventMessage<?> withdrawn(UUID id) {
        return event(id.toString(), 1, new ComplaintWithdrawnEvent(id, Stage.STAGE_1, LocalDate.of(2019, 5, 9), null));
    }
}
