package org.childrenscomplaints.command.compliment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.childrenscomplaints.api.CaseRegistration;
import org.childrenscomplaints.api.compliment.ComplimentRecordedEvent;
import org.childrenscomplaints.api.compliment.RecordComplimentCommand;
import org.childrenscomplaints.command.complaint.register.RegistrationChecks;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.reference.ReferenceNumbering;
import org.childrenscomplaints.command.rejection.FieldChecks;

import java.util.Optional;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A compliment: recorded once, numbered in the CP series, counted in the annual report. */
@Aggregate
public class Compliment {

    static final String REFERENCE_PREFIX = "CP";

    @AggregateIdentifier
    private UUID complimentId;

    protected Compliment() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public CaseRegistration handle(RecordComplimentCommand command, ComplaintRules rules, ReferenceNumbering numbering) {
        FieldChecks checks = new FieldChecks()
                .businessDate(command.receivedOn(), "receivedOn", rules.today(), RegistrationChecks.EARLIEST_RECEIPT,
                        "the Children Act 1989 came into force")
                .require(command.team(), "team")
                .require(command.source(), "source")
                .require(command.summary(), "summary");
        rules.referenceData().checkServiceArea(checks, command.serviceArea());
        checks.throwIfAny();
        String reference = numbering.number(REFERENCE_PREFIX, command.receivedOn(), Optional.empty(),
                command.complimentId()).toString();
        apply(new ComplimentRecordedEvent(command.complimentId(), reference, command.receivedOn(), command.serviceArea(),
                command.team().strip(), command.source(), command.summary().strip()));
        return new CaseRegistration(command.complimentId(), reference);
    }

    @EventSourcingHandler
    void on(ComplimentRecordedEvent event) {
        complimentId = event.complimentId();
    }
}
