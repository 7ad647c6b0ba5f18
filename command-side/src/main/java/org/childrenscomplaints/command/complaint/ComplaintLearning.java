package org.childrenscomplaints.command.complaint;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.childrenscomplaints.api.complaint.CaptureLearningCommand;
import org.childrenscomplaints.api.complaint.CompleteLearningActionCommand;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.LearningAction;
import org.childrenscomplaints.api.complaint.LearningActionCompletedEvent;
import org.childrenscomplaints.api.complaint.LearningCapturedEvent;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.rejection.FieldChecks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.childrenscomplaints.api.Text.blankToNull;
import static org.childrenscomplaints.command.rejection.CommandRejectedException.notFound;
import static org.childrenscomplaints.command.rejection.CommandRejectedException.ruleBroken;

/**
 * The learning captured on a complaint: a part of the Complaint aggregate with its own commands,
 * rules and state (changed only by its event-sourcing handlers).
 */
class ComplaintLearning {

    private boolean upheldAtAnyStage;
    private final Map<UUID, LearningProgress> learning = new HashMap<>();

    /** Learning, for a complaint upheld or partially upheld at some stage. */
    @CommandHandler
    public UUID handle(CaptureLearningCommand command, ComplaintRules rules) {
        return capture(command, rules, Provenance.LIVE);
    }

    /** The import's actions have neither owner (NOT_RECORDED) nor due date: its spreadsheet held only what they were. */
    UUID capture(CaptureLearningCommand command, ComplaintRules rules, Provenance provenance) {
        if (learning.containsKey(command.learningId())) {
            return command.learningId(); // the same request run again after its answer was lost (NewIds)
        }
        LocalDate capturedOn = command.capturedOn() == null ? rules.today() : command.capturedOn();
        FieldChecks checks = new FieldChecks()
                .check(!capturedOn.isAfter(rules.today()), "capturedOn", "cannot be in the future")
                .require(command.learningId(), "learningId")
                .require(command.category(), "category")
                .require(command.summary(), "summary");
        if (checks.isValid("category")) {
            checks.check(rules.referenceData().learningCategories().contains(command.category()), "category",
                    rules.referenceData().describeLearningCategories());
        }
        for (int i = 0; i < command.actions().size(); i++) {
            LearningAction action = command.actions().get(i);
            checks.require(action == null ? null : action.description(), "actions[" + i + "].description");
            if (action == null || !provenance.mayRecordAsNotRecorded(action.owner())) {
                checks.require(action == null ? null : action.owner(), "actions[" + i + "].owner")
                        .require(action == null ? null : action.dueDate(), "actions[" + i + "].dueDate");
                provenance.refuseNotRecorded(checks, action == null ? null : action.owner(), "actions[" + i + "].owner");
            }
        }
        checks.throwIfAny();
        if (!upheldAtAnyStage) {
            throw ruleBroken("Learning is captured for complaints upheld or partially upheld; no stage of this "
                    + "complaint has been.");
        }
        apply(new LearningCapturedEvent(command.complaintId(), command.learningId(), capturedOn, command.category(),
                command.summary().strip(), command.actions().stream()
                .map(action -> new LearningAction(action.description().strip(), blankToNull(action.owner()),
                        action.dueDate()))
                .toList()));
        return command.learningId();
    }

    @CommandHandler
    public void handle(CompleteLearningActionCommand command, ComplaintRules rules) {
        LearningProgress captured = learning.get(command.learningId());
        if (captured == null) {
            throw notFound("No learning " + command.learningId() + " was captured on this complaint.");
        }
        if (command.index() < 0 || command.index() >= captured.actionCount()) {
            throw notFound("The learning has no action " + command.index() + "; its actions are numbered from 0 to "
                    + (captured.actionCount() - 1) + ".");
        }
        new FieldChecks().businessDate(command.completedOn(), "completedOn", rules.today(), captured.capturedOn(),
                "the day the learning was captured").throwIfAny();
        LocalDate done = captured.completedOn().get(command.index());
        if (done != null) {
            throw ruleBroken("Action " + command.index() + " was already completed on " + done + ".");
        }
        apply(new LearningActionCompletedEvent(command.complaintId(), command.learningId(), command.index(), command.completedOn()));
    }

    @EventSourcingHandler
    void on(ComplaintRespondedEvent event) {
        upheldAtAnyStage |= event.outcome() == Outcome.UPHELD || event.outcome() == Outcome.PARTIALLY_UPHELD;
    }

    @EventSourcingHandler
    void on(LearningCapturedEvent event) {
        learning.put(event.learningId(), LearningProgress.captured(event.capturedOn(), event.actions().size()));
    }

    @EventSourcingHandler
    void on(LearningActionCompletedEvent event) {
        learning.computeIfPresent(event.learningId(), (id, progress) -> progress.completed(event.index(), event.completedOn()));
    }
}
