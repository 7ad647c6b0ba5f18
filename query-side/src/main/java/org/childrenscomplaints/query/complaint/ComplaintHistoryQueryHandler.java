package org.childrenscomplaints.query.complaint;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.childrenscomplaints.api.audit.AuditMetadata;
import org.childrenscomplaints.api.complaint.ComplaintHistory;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.FindComplaintAsOfQuery;
import org.childrenscomplaints.api.complaint.FindComplaintHistoryQuery;
import org.childrenscomplaints.api.complaint.HistoryEntry;
import org.childrenscomplaints.api.personal.PersonalDataWriter;
import org.childrenscomplaints.query.ByIdOrReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A case's history and its view on any past day, read from the event store itself (never from a
 * stored copy), so scrutiny sees exactly what was recorded, in the order it was recorded.
 */
@Component
public class ComplaintHistoryQueryHandler {

    private final EventStore eventStore;
    private final MongoTemplate mongo;
    private final PersonalDataWriter personalData;
    private final Clock clock;

    public ComplaintHistoryQueryHandler(EventStore eventStore, MongoTemplate mongo, PersonalDataWriter personalData,
                                        Clock clock) {
        this.eventStore = eventStore;
        this.mongo = mongo;
        this.personalData = personalData;
        this.clock = clock;
    }

    @QueryHandler
    public Optional<ComplaintHistory> handle(FindComplaintHistoryQuery query) {
        return eventsOf(query.idOrReference()).map(events -> {
            List<LocalDate> occurredOn = BusinessDates.of(recorded(events));
            return new ComplaintHistory(IntStream.range(0, events.size())
                    .mapToObj(i -> entry(events.get(i), occurredOn.get(i), query.withPersonalData()))
                    .toList());
        });
    }

    @QueryHandler
    public Optional<ComplaintView> handle(FindComplaintAsOfQuery query) {
        return eventsOf(query.idOrReference()).flatMap(events -> {
            List<LocalDate> occurredOn = BusinessDates.of(recorded(events));
            List<Object> happenedBy = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                if (!occurredOn.get(i).isAfter(query.asOf())) {
                    happenedBy.add(events.get(i).getPayload());
                }
            }
            return CaseViews.fold(happenedBy);
        });
    }

    /** The complaint's events from the first (not from a snapshot); empty when no complaint has that id or reference. */
    private Optional<List<? extends DomainEventMessage<?>>> eventsOf(String idOrReference) {
        return Optional.ofNullable(mongo.findOne(ByIdOrReference.of(idOrReference), ComplaintCaseDocument.class))
                .map(complaint -> eventStore.readEvents(complaint.id(), 0).asStream().toList());
    }

    private List<BusinessDates.Recorded> recorded(List<? extends DomainEventMessage<?>> events) {
        return events.stream()
                .map(event -> new BusinessDates.Recorded(event.getPayload(),
                        LocalDate.ofInstant(event.getTimestamp(), clock.getZone())))
                .toList();
    }

    private HistoryEntry entry(DomainEventMessage<?> event, LocalDate occurredOn, boolean withPersonalData) {
        return new HistoryEntry(event.getSequenceNumber(), readableType(event.getPayloadType()), occurredOn,
                event.getTimestamp(), Objects.toString(event.getMetaData().get(AuditMetadata.RECORDED_BY), null),
                Objects.toString(event.getMetaData().get(AuditMetadata.ROLE), null),
                personalData.write(event.getPayload(), withPersonalData));
    }

    /** {@code ComplaintRespondedEvent} reads "Complaint responded". */
    static String readableType(Class<?> payloadType) {
        String words = payloadType.getSimpleName().replaceFirst("Event$", "")
                .replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                .toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
