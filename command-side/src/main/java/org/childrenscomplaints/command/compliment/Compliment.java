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
import org.childrenscomplaints.api.imports.ImportComplimentCommand;
import org.childrenscomplaints.api.reference.CaseReference;
import org.childrenscomplaints.command.complaint.register.RegistrationChecks;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.imports.RowSteps;
import org.childrenscomplaints.command.reference.ReferenceNumbering;
import org.childrenscomplaints.command.reference.SuppliedReferences;
import org.childrenscomplaints.command.rejection.FieldChecks;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.childrenscomplaints.command.imports.ImportColumns.RECEIVED_ON;
import static org.childrenscomplaints.command.imports.ImportColumns.REFERENCE;
import static org.childrenscomplaints.command.imports.ImportColumns.SERVICE_AREA;
import static org.childrenscomplaints.command.imports.ImportColumns.SOURCE;
import static org.childrenscomplaints.command.imports.ImportColumns.SUMMARY;
import static org.childrenscomplaints.command.imports.ImportColumns.TEAM;

/** A compliment: recorded once, numbered in the CP series, counted in the annual report. */
@Aggregate
public class Compliment {

    static final String REFERENCE_PREFIX = "CP";

    @AggregateIdentifier
    private UUID complimentId;
    private CaseRegistration registration;

    protected Compliment() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CaseRegistration handle(RecordComplimentCommand command, ComplaintRules rules, ReferenceNumbering numbering) {
        if (registration != null) {
            return registration; // the same request run again after its answer was lost (NewIds)
        }
        return record(command, null, rules, numbering);
    }

    /** A compliment from a council's spreadsheet, under the reference it had there. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public CaseRegistration handle(ImportComplimentCommand command, ComplaintRules rules, ReferenceNumbering numbering) {
        return RowSteps.call("", COLUMNS, () -> record(command.compliment(), command.reference(), rules, numbering));
    }

    private static final Map<String, String> COLUMNS = Map.of("receivedOn", RECEIVED_ON, "serviceArea", SERVICE_AREA,
            "team", TEAM, "source", SOURCE, "summary", SUMMARY, "reference", REFERENCE);

    private CaseRegistration record(RecordComplimentCommand command, String suppliedReference, ComplaintRules rules,
                                    ReferenceNumbering numbering) {
        FieldChecks checks = new FieldChecks()
                .businessDate(command.receivedOn(), "receivedOn", rules.today(), RegistrationChecks.EARLIEST_RECEIPT,
                        "the Children Act 1989 came into force")
                .require(command.team(), "team")
                .require(command.source(), "source")
                .require(command.summary(), "summary");
        rules.referenceData().checkServiceArea(checks, command.serviceArea());
        Optional<CaseReference> supplied = SuppliedReferences.check(checks, suppliedReference, REFERENCE_PREFIX,
                "a compliment", command.receivedOn());
        checks.throwIfAny();
        String reference = numbering.number(REFERENCE_PREFIX, command.receivedOn(), supplied, command.complimentId())
                .toString();
        apply(new ComplimentRecordedEvent(command.complimentId(), reference, command.receivedOn(), command.serviceArea(),
                command.team().strip(), command.source(), command.summary().strip()));
        return new CaseRegistration(command.complimentId(), reference);
    }

    @EventSourcingHandler
    void on(ComplimentRecordedEvent event) {
        complimentId = event.complimentId();
        registration = new CaseRegistration(event.complimentId(), event.reference());
    }
}
