package org.childrenscomplaints.command.complaint.learning;

import org.childrenscomplaints.command.idempotency.NewIds;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.childrenscomplaints.api.complaint.CaptureLearningCommand;
import org.childrenscomplaints.api.complaint.CompleteLearningActionCommand;
import org.childrenscomplaints.api.web.NotFoundException;
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

import java.util.Map;
import java.util.UUID;

/** Learning from upheld complaints, and the completion of its actions. */
@RestController
@RequestMapping(path = "/api/complaints/{id}/learning", consumes = MediaType.APPLICATION_JSON_VALUE)
public class LearningController {

    private final CommandGateway commandGateway;
    private final CaseIds caseIds;

    public LearningController(CommandGateway commandGateway, CaseIds caseIds) {
        this.commandGateway = commandGateway;
        this.caseIds = caseIds;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, UUID> capture(@PathVariable String id, @RequestBody CaptureLearningCommand body,
                                     HttpServletRequest request) {
        UUID learningId = commandGateway.sendAndWait(new CaptureLearningCommand(caseIds.complaint(id),
                NewIds.forRequest(request, "learning"),
                body.capturedOn(), body.category(), body.summary(), body.actions()));
        return Map.of("learningId", learningId);
    }

    @PostMapping("/{learningId}/actions/{index}/completion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void complete(@PathVariable String id, @PathVariable String learningId, @PathVariable int index,
                         @RequestBody Completion body) {
        commandGateway.sendAndWait(new CompleteLearningActionCommand(caseIds.complaint(id), learningIdFrom(learningId),
                index, body.completedOn()));
    }

    private static UUID learningIdFrom(String learningId) {
        try {
            return UUID.fromString(learningId);
        } catch (IllegalArgumentException notAUuid) {
            throw new NotFoundException("No learning " + learningId + " was captured on this complaint.");
        }
    }
}
