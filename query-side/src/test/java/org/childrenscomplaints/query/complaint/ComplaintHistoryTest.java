package org.childrenscomplaints.query.complaint;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.childrenscomplaints.api.audit.AuditMetadata;
import org.childrenscomplaints.api.complaint.CaseStatus;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.FindComplaintAsOfQuery;
import org.childrenscomplaints.api.complaint.FindComplaintHistoryQuery;
import org.childrenscomplaints.api.complaint.HistoryEntry;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.personal.PersonalDataWriter;
import org.childrenscomplaints.query.BatchedDocuments;
import org.childrenscomplaints.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenscomplaints.query.TestEvents.received;

/** A case's history and its as-of views, read from an event store, found through the case read model. */
class ComplaintHistoryTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final ComplaintHistoryQueryHandler history = new ComplaintHistoryQueryHandler(eventStore, mongo.template(),
            new PersonalDataWriter(JsonMapper.builder().build()), Clock.system(LONDON));

    private final ComplaintReceivedEvent received = received("ST-2026-0004", Procedure.STATUTORY, "CIC", "Team A",
            LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 20));
    private final UUID id = received.complaintId();

    @AfterEach
    void stop() {
        eventStore.shutDown();
        mongo.close();
    }

    @Test
    void theHistoryListsEveryEventInOrderWithItsBusinessDateAndWhoRecordedIt() {
        record(received, "2026-04-02T09:00:00Z");
        record(new ComplaintAcknowledgedEvent(id, LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 20)), "2026-04-07T10:00:00Z");
        // an allocation carries no date: recorded on 8 April, it happened on 8 April
        record(new ComplaintAllocatedEvent(id, Stage.STAGE_1, "m.jones", "M Jones", "CIC 1", null), "2026-04-08T10:00:00Z");

        List<HistoryEntry> events = history(true);

        assertThat(events).extracting(HistoryEntry::sequence).containsExactly(0L, 1L, 2L);
        assertThat(events).extracting(HistoryEntry::type)
                .containsExactly("Complaint received", "Complaint acknowledged", "Complaint allocated");
        assertThat(events).extracting(HistoryEntry::occurredOn).containsExactly(
                received.receivedOn(), LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 8));
        assertThat(events.get(1).recordedAt()).isEqualTo(Instant.parse("2026-04-07T10:00:00Z"));
        assertThat(events.get(1).recordedBy()).isEqualTo("k.officer");
        assertThat(events.get(1).role()).isEqualTo("OFFICER");
        assertThat(events.get(1).payload()).containsEntry("acknowledgedOn", "2026-04-07");
    }

    @Test
    @SuppressWarnings("unchecked")
    void personalDataIsInThePayloadsOnlyForCallersAllowedToSeeIt() {
        record(received, "2026-04-02T09:00:00Z");
        record(new ComplaintAllocatedEvent(id, Stage.STAGE_1, "m.jones", "M Jones", "CIC 1", null), "2026-04-08T10:00:00Z");

        Map<String, Object> shown = history(true).get(0).payload();
        Map<String, Object> withheld = history(false).get(0).payload();

        assertThat(shown).containsEntry("summary", "summary");
        assertThat((Map<String, Object>) shown.get("complainant")).containsEntry("name", "Sam");
        assertThat(withheld).doesNotContainKeys("summary", "lateAcceptanceReason", "sufficientInterestReason")
                .containsEntry("reference", "ST-2026-0004");
        assertThat((Map<String, Object>) withheld.get("complainant"))
                .containsOnlyKeys("relationship").containsEntry("relationship", "CHILD_OR_YOUNG_PERSON");
        assertThat(history(false).get(1).payload()).doesNotContainKey("managerName").containsEntry("managerId", "m.jones");
    }

    @Test
    void aCaseAsOfADayBeforeItsResponseIsUnansweredAndAsOfTheResponseDayAnswered() {
        record(received, "2026-04-02T09:00:00Z");
        record(new ComplaintAllocatedEvent(id, Stage.STAGE_1, "m.jones", null, null, null), "2026-04-03T10:00:00Z");
        // recorded a week after it was sent
        record(new ComplaintRespondedEvent(id, Stage.STAGE_1, LocalDate.of(2026, 4, 14), Outcome.UPHELD, null),
                "2026-04-21T10:00:00Z");

        ComplaintView before = asOf(LocalDate.of(2026, 4, 13));
        ComplaintView onTheDay = asOf(LocalDate.of(2026, 4, 14));

        assertThat(before.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(before.stages().get(0).respondedOn()).isNull();
        assertThat(before.stages().get(0).allocation().managerId()).isEqualTo("m.jones");
        assertThat(onTheDay.status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(onTheDay.stages().get(0).outcome()).isEqualTo(Outcome.UPHELD);
    }

    @Test
    void anUndatedEventRecordedAfterTheNextDatedOneHappenedNoLaterThanIt() {
        record(received, "2026-04-02T09:00:00Z");
        // history typed in afterwards: the allocation is recorded in May, before a response dated in April
        record(new ComplaintAllocatedEvent(id, Stage.STAGE_1, "m.jones", null, null, null), "2026-05-20T10:00:00Z");
        record(new ComplaintRespondedEvent(id, Stage.STAGE_1, LocalDate.of(2026, 4, 14), Outcome.UPHELD, null),
                "2026-05-20T10:01:00Z");

        assertThat(history(false).get(1).occurredOn()).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(asOf(LocalDate.of(2026, 4, 14)).stages().get(0).allocation()).isNotNull();
    }

    @Test
    void aCaseIsNotFoundBeforeItWasReceivedNorUnderAnUnknownReference() {
        record(received, "2026-04-02T09:00:00Z");

        assertThat(history.handle(new FindComplaintAsOfQuery("ST-2026-0004", received.receivedOn().minusDays(1)))).isEmpty();
        assertThat(history.handle(new FindComplaintAsOfQuery("ST-2026-0004", received.receivedOn()))).isPresent();
        assertThat(history.handle(new FindComplaintHistoryQuery("ST-2026-0999", false))).isEmpty();
    }

    @Test
    void eventTypesReadAsWords() {
        assertThat(ComplaintHistoryQueryHandler.readableType(ComplaintRespondedEvent.class)).isEqualTo("Complaint responded");
        assertThat(ComplaintHistoryQueryHandler.readableType(ComplaintAllocatedEvent.class)).isEqualTo("Complaint allocated");
    }

    /** Appends the event as the command side would, and lets the case read model see it (it resolves references). */
    private void record(Object payload, String recordedAt) {
        long sequence = eventStore.lastSequenceNumberFor(id.toString()).map(last -> last + 1).orElse(0L);
        eventStore.publish(new GenericDomainEventMessage<>("Complaint", id.toString(), sequence, payload,
                Map.of(AuditMetadata.RECORDED_BY, "k.officer", AuditMetadata.ROLE, "OFFICER"),
                UUID.randomUUID().toString(), Instant.parse(recordedAt)));
        if (payload instanceof ComplaintReceivedEvent receipt) {
            new ComplaintCaseProjection(mongo.template(), new BatchedDocuments(mongo.template())).on(receipt, sequence);
        }
    }

    private List<HistoryEntry> history(boolean withPersonalData) {
        return history.handle(new FindComplaintHistoryQuery("ST-2026-0004", withPersonalData)).orElseThrow().events();
    }

    private ComplaintView asOf(LocalDate day) {
        return history.handle(new FindComplaintAsOfQuery(id.toString(), day)).orElseThrow();
    }
}
