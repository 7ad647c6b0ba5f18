package org.childrenscomplaints.command.reference;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.reference.CaseReference;
import org.childrenscomplaints.api.reference.ReferenceIssuedEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

/** The real numbering on a real (in-memory) event store, each call in its own unit of work as a command would be. */
class ReferenceSeriesNumberingTest {

    private static final LocalDate JUNE_2019 = LocalDate.of(2019, 6, 3);

    private final EventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();

    @Test
    void casesAreNumberedInTheOrderTheyArriveWithinEachProcedureAndReportingYear() {
        assertThat(number(Procedure.STATUTORY, JUNE_2019, null)).isEqualTo("ST-2019-0001");
        assertThat(number(Procedure.STATUTORY, JUNE_2019, null)).isEqualTo("ST-2019-0002");
        assertThat(number(Procedure.CORPORATE, JUNE_2019, null)).isEqualTo("CO-2019-0001");
        // 31 March 2020 still belongs to the reporting year 2019; 1 April 2020 starts 2020
        assertThat(number(Procedure.STATUTORY, LocalDate.of(2020, 3, 31), null)).isEqualTo("ST-2019-0003");
        assertThat(number(Procedure.STATUTORY, LocalDate.of(2020, 4, 1), null)).isEqualTo("ST-2020-0001");
    }

    @Test
    void aSuppliedReferenceIsClaimedAndLaterNumbersFollowIt() {
        assertThat(number(Procedure.SEND, JUNE_2019, "SE-2019-0041")).isEqualTo("SE-2019-0041");
        assertThat(number(Procedure.SEND, JUNE_2019, null)).isEqualTo("SE-2019-0042");
    }

    @Test
    void aReferenceInUseCannotBeClaimedAgainAndNothingIsStoredForTheRefusal() {
        number(Procedure.STATUTORY, JUNE_2019, null);

        assertThatThrownBy(() -> number(Procedure.STATUTORY, JUNE_2019, "ST-2019-0001"))
                .isInstanceOf(CommandExecutionException.class)
                .hasMessage("The reference ST-2019-0001 already belongs to another case; references must be unique.");
        assertThat(eventStore.readEvents("ST-2019").asStream().count()).isEqualTo(1);
    }

    @Test
    void theSeriesIsRebuiltFromItsEventsByAFreshRepository() {
        number(Procedure.STATUTORY, JUNE_2019, null);
        number(Procedure.STATUTORY, JUNE_2019, null);

        assertThat(eventStore.readEvents("ST-2019").asStream().map(event -> event.getPayload()))
                .extracting(payload -> ((ReferenceIssuedEvent) payload).number())
                .containsExactly(1, 2);
        assertThat(number(Procedure.STATUTORY, JUNE_2019, null)).isEqualTo("ST-2019-0003");
    }

    @Test
    void aReferenceIsFoundInItsSeriesAndOneOfASeriesNotStartedIsNotLookedFor() {
        UUID caseId = UUID.randomUUID();
        String issued = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> new ReferenceSeriesNumbering(repository(), eventStore)
                .number(Procedure.STATUTORY.referencePrefix(), JUNE_2019, Optional.empty(), caseId).toString()).getPayload();
        Repository<ReferenceSeries> series = spy(repository());
        ReferenceSeriesNumbering numbering = new ReferenceSeriesNumbering(series, eventStore);

        assertThat(numbering.caseWithReference(CaseReference.parse(issued).orElseThrow())).contains(caseId);
        assertThat(numbering.caseWithReference(CaseReference.parse("ST-2019-0002").orElseThrow())).isEmpty();
        assertThat(numbering.caseWithReference(CaseReference.parse("CO-2019-0001").orElseThrow())).isEmpty();
        // Axon logs a failed load as a warning with its stack trace: a series with no events is not loaded
        verify(series, never()).load("CO-2019");
    }

    private Repository<ReferenceSeries> repository() {
        return EventSourcingRepository.builder(ReferenceSeries.class).eventStore(eventStore).build();
    }

    /** Each call runs in its own unit of work with a fresh repository, as separate commands would. */
    private String number(Procedure procedure, LocalDate receivedOn, String supplied) {
        ReferenceSeriesNumbering numbering = new ReferenceSeriesNumbering(repository(), eventStore);
        ResultMessage<String> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> numbering.number(
                procedure.referencePrefix(), receivedOn, Optional.ofNullable(supplied).flatMap(CaseReference::parse), UUID.randomUUID())
                .toString());
        if (result.isExceptional() && result.exceptionResult() instanceof RuntimeException e) {
            throw e;
        }
        return result.getPayload();
    }
}
