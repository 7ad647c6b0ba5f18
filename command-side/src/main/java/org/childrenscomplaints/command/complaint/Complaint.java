package org.childrenscomplaints.command.complaint;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRegistration;
import org.childrenscomplaints.api.complaint.RegisterComplaintCommand;
import org.childrenscomplaints.api.reference.CaseReference;
import org.childrenscomplaints.command.complaint.register.RegistrationChecks;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.policy.ProcedurePolicy.ReceiptDeadlines;
import org.childrenscomplaints.command.reference.ReferenceNumbering;

import java.util.Optional;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A complaint through its stages. Handlers judge commands; state changes only by applied events. */
@Aggregate
public class Complaint {

    @AggregateIdentifier
    private UUID complaintId;

    protected Complaint() {
        // for Axon, which creates the complaint and then rebuilds it from its events
    }

    /** Receives a complaint: checks it, numbers it, and works out its first due dates. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public ComplaintRegistration handle(RegisterComplaintCommand command, ComplaintRules rules,
                                        ReferenceNumbering numbering) {
        Optional<CaseReference> supplied = RegistrationChecks.check(command, rules);
        ReceiptDeadlines deadlines = rules.policyOf(command.procedure())
                .deadlinesOnReceipt(command.receivedOn(), rules.calendar());
        String reference = numbering.number(command.procedure(), command.receivedOn(), supplied, command.complaintId())
                .toString();
        apply(new ComplaintReceivedEvent(command.complaintId(), reference, command.procedure(), command.receivedOn(),
                command.channel(), command.complainant(), command.serviceArea(), blankToNull(command.team()),
                command.issues(), command.summary(), command.matterOccurredOn(),
                blankToNull(command.lateAcceptanceReason()), blankToNull(command.sufficientInterestReason()),
                command.advocacyOffered(), deadlines.acknowledgementDue(), deadlines.stage1ResponseDue()));
        return new ComplaintRegistration(command.complaintId(), reference);
    }

    @EventSourcingHandler
    void on(ComplaintReceivedEvent event) {
        complaintId = event.complaintId();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
