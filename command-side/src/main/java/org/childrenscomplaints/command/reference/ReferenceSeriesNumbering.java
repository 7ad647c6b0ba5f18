package org.childrenscomplaints.command.reference;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.childrenscomplaints.api.calendar.ReportingYear;
import org.childrenscomplaints.api.reference.CaseReference;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Numbers cases through their {@link ReferenceSeries} aggregate, in the unit of work of the
 * command that registers the case: the reference and the case are stored together or not at all.
 */
@Component
public class ReferenceSeriesNumbering implements ReferenceNumbering {

    private final Repository<ReferenceSeries> referenceSeries;
    private final EventStore eventStore;

    public ReferenceSeriesNumbering(@Qualifier("referenceSeriesRepository") Repository<ReferenceSeries> referenceSeries,
                                    EventStore eventStore) {
        this.referenceSeries = referenceSeries;
        this.eventStore = eventStore;
    }

    /**
     * The case a reference was issued to. Read from the series itself, so a case is found by its
     * reference the moment it is registered, before any read model has caught up.
     */
    public Optional<UUID> caseWithReference(CaseReference reference) {
        // a series nothing was numbered in yet has no events: asked first, because Axon logs every
        // failed load as a warning with its stack trace, and an import asks this of every row
        if (eventStore.lastSequenceNumberFor(reference.seriesId()).isEmpty()) {
            return Optional.empty();
        }
        ResultMessage<Optional<UUID>> found = DefaultUnitOfWork.startAndGet(null).executeWithResult(() ->
                referenceSeries.load(reference.seriesId()).invoke(series -> series.caseNumbered(reference.number())));
        if (found.isExceptional()) {
            throw new IllegalStateException("The reference series " + reference.seriesId() + " could not be read",
                    found.exceptionResult());
        }
        return found.getPayload();
    }

    @Override
    public CaseReference number(String prefix, LocalDate receivedOn, Optional<CaseReference> supplied, UUID caseId) {
        int year = supplied.map(CaseReference::year).orElseGet(() -> ReportingYear.containing(receivedOn));
        String seriesId = CaseReference.seriesId(prefix, year);
        try {
            return referenceSeries.loadOrCreate(seriesId, () -> new ReferenceSeries(seriesId))
                    .invoke(series -> supplied.map(reference -> series.claim(reference, caseId))
                            .orElseGet(() -> series.issueNext(prefix, year, caseId)));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The reference series " + seriesId + " could not be loaded", e);
        }
    }
}
