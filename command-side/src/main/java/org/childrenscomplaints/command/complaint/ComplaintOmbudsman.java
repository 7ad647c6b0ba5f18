package org.childrenscomplaints.command.complaint;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.childrenscomplaints.api.complaint.CompleteRemedyCommand;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.OmbudsmanDecisionRecordedEvent;
import org.childrenscomplaints.api.complaint.RecordOmbudsmanDecisionCommand;
import org.childrenscomplaints.api.complaint.Remedy;
import org.childrenscomplaints.api.complaint.RemedyCompletedEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.rejection.FieldChecks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.childrenscomplaints.command.rejection.CommandRejectedException.notFound;
import static org.childrenscomplaints.command.rejection.CommandRejectedException.ruleBroken;

/**
 * The complaint's time with the Ombudsman: the referral, the decision and the remedies the council
 * carries out. A part of the Complaint aggregate with its own rules and state.
 */
class ComplaintOmbudsman {

    private LocalDate referredOn;
    private LocalDate decidedOn;
    private int remedyCount;
    private final Map<Integer, LocalDate> remediesCompletedOn = new HashMap<>();

    @CommandHandler
    public void handle(RecordOmbudsmanDecisionCommand command, ComplaintRules rules) {
        FieldChecks checks = new FieldChecks()
                .businessDate(command.decidedOn(), "decidedOn", rules.today(), referredOn, "the referral to the Ombudsman")
                .require(command.decision(), "decision");
        for (int i = 0; i < command.remedies().size(); i++) {
            Remedy remedy = command.remedies().get(i);
            checks.require(remedy == null ? null : remedy.description(), "remedies[" + i + "].description")
                    .require(remedy == null ? null : remedy.dueDate(), "remedies[" + i + "].dueDate");
        }
        checks.throwIfAny();
        if (referredOn == null) {
            throw ruleBroken("No referral to the Ombudsman is recorded for this complaint; record it first "
                    + "(an escalation to OMBUDSMAN).");
        }
        if (decidedOn != null) {
            throw ruleBroken("The Ombudsman's decision was already recorded (decided on " + decidedOn + ").");
        }
        apply(new OmbudsmanDecisionRecordedEvent(command.complaintId(), command.decidedOn(), command.decision(),
                command.findingsAccepted(), command.publicReport(), command.remedies().stream()
                .map(remedy -> new Remedy(remedy.description().strip(), remedy.dueDate())).toList()));
    }

    @CommandHandler
    public void handle(CompleteRemedyCommand command, ComplaintRules rules) {
        if (decidedOn == null || command.index() < 0 || command.index() >= remedyCount) {
            throw notFound("The Ombudsman's decision on this complaint has no remedy " + command.index() + ".");
        }
        new FieldChecks().businessDate(command.completedOn(), "completedOn", rules.today(), decidedOn,
                "the Ombudsman's decision").throwIfAny();
        LocalDate done = remediesCompletedOn.get(command.index());
        if (done != null) {
            throw ruleBroken("Remedy " + command.index() + " was already completed on " + done + ".");
        }
        apply(new RemedyCompletedEvent(command.complaintId(), command.index(), command.completedOn()));
    }

    @EventSourcingHandler
    void on(ComplaintEscalatedEvent event) {
        if (event.toStage() == Stage.OMBUDSMAN) {
            referredOn = event.requestedOn();
        }
    }

    @EventSourcingHandler
    void on(OmbudsmanDecisionRecordedEvent event) {
        decidedOn = event.decidedOn();
        remedyCount = event.remedies().size();
    }

    @EventSourcingHandler
    void on(RemedyCompletedEvent event) {
        remediesCompletedOn.put(event.index(), event.completedOn());
    }
}
