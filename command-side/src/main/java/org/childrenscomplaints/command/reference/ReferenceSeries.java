package org.childrenscomplaints.command.reference;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.childrenscomplaints.api.reference.CaseReference;
import org.childrenscomplaints.api.reference.ReferenceIssuedEvent;
import org.childrenscomplaints.command.rejection.CommandRejectedException;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One reference series, e.g. ST-2026. Numbers are unique because the event store accepts only
 * one writer per aggregate version, so two registrations racing for a number cannot both win,
 * whether they run in one JVM or on two nodes behind Axon Server.
 */
@Aggregate(cache = ReferenceSeriesCaching.CACHE)
public class ReferenceSeries {

    @AggregateIdentifier
    private String seriesId;
    private final SortedMap<Integer, UUID> caseByNumber = new TreeMap<>();

    protected ReferenceSeries() {
        // for Axon, which rebuilds the series from its events
    }

    public ReferenceSeries(String seriesId) {
        this.seriesId = seriesId;
    }

    /** The number after the highest one in use, so references follow the order cases arrive in. */
    public CaseReference issueNext(String prefix, int year, UUID caseId) {
        int next = caseByNumber.isEmpty() ? 1 : caseByNumber.lastKey() + 1;
        return issue(new CaseReference(prefix, year, next), caseId);
    }

    /** A reference the sender already uses (e.g. from the council's old tracker). */
    public CaseReference claim(CaseReference reference, UUID caseId) {
        if (caseByNumber.containsKey(reference.number())) {
            throw CommandRejectedException.ruleBroken("The reference " + reference
                    + " already belongs to another case; references must be unique.");
        }
        return issue(reference, caseId);
    }

    /** The case a number of this series belongs to, if it has been issued. */
    public Optional<UUID> caseNumbered(int number) {
        return Optional.ofNullable(caseByNumber.get(number));
    }

    private CaseReference issue(CaseReference reference, UUID caseId) {
        apply(new ReferenceIssuedEvent(seriesId, reference.number(), caseId));
        return reference;
    }

    @EventSourcingHandler
    void on(ReferenceIssuedEvent event) {
        seriesId = event.seriesId();
        caseByNumber.put(event.number(), event.caseId());
    }
}
