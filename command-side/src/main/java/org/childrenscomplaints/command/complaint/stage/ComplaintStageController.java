package org.childrenscomplaints.command.complaint.stage;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.childrenscomplaints.api.complaint.AcknowledgeComplaintCommand;
import org.childrenscomplaints.api.complaint.AgreeExtensionCommand;
import org.childrenscomplaints.api.complaint.AllocateComplaintCommand;
import org.childrenscomplaints.api.complaint.CompleteRemedyCommand;
import org.childrenscomplaints.api.complaint.DeclineComplaintCommand;
import org.childrenscomplaints.api.complaint.DelayReason;
import org.childrenscomplaints.api.complaint.EscalateComplaintCommand;
import org.childrenscomplaints.api.complaint.RecordDelayReasonCommand;
import org.childrenscomplaints.api.complaint.ReclassifyComplaintCommand;
import org.childrenscomplaints.api.complaint.RecordOmbudsmanDecisionCommand;
import org.childrenscomplaints.api.complaint.RecordReviewPanelCommand;
import org.childrenscomplaints.api.complaint.RespondToComplaintCommand;
import org.childrenscomplaints.api.complaint.WithdrawComplaintCommand;
import org.childrenscomplaints.command.complaint.Completion;
import org.childrenscomplaints.command.reference.CaseIds;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commands that move a complaint's current stage along. Each body is the command itself as
 * the contract names its fields; the case is the one in the path, whatever the body says.
 */
@RestController
@RequestMapping(path = "/api/complaints/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
@ResponseStatus(HttpStatus.NO_CONTENT)
public class ComplaintStageController {

    private final CommandGateway commandGateway;
    private final CaseIds caseIds;

    public ComplaintStageController(CommandGateway commandGateway, CaseIds caseIds) {
        this.commandGateway = commandGateway;
        this.caseIds = caseIds;
    }

    @PostMapping("/acknowledgement")
    public void acknowledge(@PathVariable String id, @RequestBody AcknowledgeComplaintCommand body) {
        commandGateway.sendAndWait(new AcknowledgeComplaintCommand(caseIds.complaint(id), body.acknowledgedOn()));
    }

    @PostMapping("/allocation")
    public void allocate(@PathVariable String id, @RequestBody AllocateComplaintCommand body) {
        commandGateway.sendAndWait(new AllocateComplaintCommand(caseIds.complaint(id), body.managerId(), body.managerName(),
                body.team(), body.independentPerson()));
    }

    @PostMapping("/extension")
    public void agreeExtension(@PathVariable String id, @RequestBody AgreeExtensionCommand body) {
        commandGateway.sendAndWait(new AgreeExtensionCommand(caseIds.complaint(id), body.agreedOn(), body.newDueDate(),
                body.reason()));
    }

    @PostMapping("/delay-reasons")
    public void recordDelayReason(@PathVariable String id, @RequestBody DelayReason body) {
        commandGateway.sendAndWait(new RecordDelayReasonCommand(caseIds.complaint(id), body));
    }

    @PostMapping("/escalation")
    public void escalate(@PathVariable String id, @RequestBody EscalateComplaintCommand body) {
        commandGateway.sendAndWait(new EscalateComplaintCommand(caseIds.complaint(id), body.toStage(), body.requestedOn(),
                body.lateRequestReason(), body.ombudsmanReference()));
    }

    @PostMapping("/panel")
    public void recordReviewPanel(@PathVariable String id, @RequestBody RecordReviewPanelCommand body) {
        commandGateway.sendAndWait(new RecordReviewPanelCommand(caseIds.complaint(id), body.heldOn(),
                body.reportReceivedOn()));
    }

    @PostMapping("/withdrawal")
    public void withdraw(@PathVariable String id, @RequestBody WithdrawComplaintCommand body) {
        commandGateway.sendAndWait(new WithdrawComplaintCommand(caseIds.complaint(id), body.withdrawnOn(), body.reason()));
    }

    @PostMapping("/decline")
    public void decline(@PathVariable String id, @RequestBody DeclineComplaintCommand body) {
        commandGateway.sendAndWait(new DeclineComplaintCommand(caseIds.complaint(id), body.declinedOn(), body.reason()));
    }

    @PostMapping("/reclassification")
    public void reclassify(@PathVariable String id, @RequestBody ReclassifyComplaintCommand body) {
        commandGateway.sendAndWait(new ReclassifyComplaintCommand(caseIds.complaint(id), body.procedure(), body.reason(),
                body.sufficientInterestReason()));
    }

    @PostMapping("/ombudsman-decision")
    public void recordOmbudsmanDecision(@PathVariable String id, @RequestBody RecordOmbudsmanDecisionCommand body) {
        commandGateway.sendAndWait(new RecordOmbudsmanDecisionCommand(caseIds.complaint(id), body.decidedOn(),
                body.decision(), body.findingsAccepted(), body.publicReport(), body.remedies()));
    }

    @PostMapping("/ombudsman-decision/remedies/{index}/completion")
    public void completeRemedy(@PathVariable String id, @PathVariable int index, @RequestBody Completion body) {
        commandGateway.sendAndWait(new CompleteRemedyCommand(caseIds.complaint(id), index, body.completedOn()));
    }

    @PostMapping("/response")
    public void respond(@PathVariable String id, @RequestBody RespondToComplaintCommand body) {
        commandGateway.sendAndWait(new RespondToComplaintCommand(caseIds.complaint(id), body.respondedOn(), body.outcome(),
                body.issueOutcomes(), body.delayReason()));
    }
}
