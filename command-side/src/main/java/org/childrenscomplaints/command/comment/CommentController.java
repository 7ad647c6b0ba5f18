package org.childrenscomplaints.command.comment;

import org.childrenscomplaints.command.idempotency.NewIds;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.childrenscomplaints.api.CaseRegistration;
import org.childrenscomplaints.api.comment.AcknowledgeCommentCommand;
import org.childrenscomplaints.api.comment.AllocateCommentCommand;
import org.childrenscomplaints.api.comment.RegisterCommentCommand;
import org.childrenscomplaints.api.comment.RespondToCommentCommand;
import org.childrenscomplaints.command.reference.CaseIds;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

/** Comments' commands; each body is the command as the contract names its fields. */
@RestController
@RequestMapping(path = "/api/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
public class CommentController {

    private final CommandGateway commandGateway;
    private final CaseIds caseIds;

    public CommentController(CommandGateway commandGateway, CaseIds caseIds) {
        this.commandGateway = commandGateway;
        this.caseIds = caseIds;
    }

    @PostMapping
    public ResponseEntity<CaseRegistration> register(@RequestBody RegisterCommentCommand body, HttpServletRequest request) {
        CaseRegistration registration = commandGateway.sendAndWait(new RegisterCommentCommand(
                NewIds.forRequest(request, "comment"),
                body.receivedOn(), body.channel(), body.serviceArea(), body.team(), body.summary(), body.complainant()));
        return ResponseEntity.created(URI.create("/api/comments/" + registration.id())).body(registration);
    }

    @PostMapping("/{id}/acknowledgement")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void acknowledge(@PathVariable String id, @RequestBody AcknowledgeCommentCommand body) {
        commandGateway.sendAndWait(new AcknowledgeCommentCommand(caseIds.resolve(id, Set.of(Comment.REFERENCE_PREFIX)), body.acknowledgedOn()));
    }

    @PostMapping("/{id}/allocation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void allocate(@PathVariable String id, @RequestBody AllocateCommentCommand body) {
        commandGateway.sendAndWait(new AllocateCommentCommand(caseIds.resolve(id, Set.of(Comment.REFERENCE_PREFIX)), body.managerId(), body.managerName(),
                body.team()));
    }

    @PostMapping("/{id}/response")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void respond(@PathVariable String id, @RequestBody RespondToCommentCommand body) {
        commandGateway.sendAndWait(new RespondToCommentCommand(caseIds.resolve(id, Set.of(Comment.REFERENCE_PREFIX)), body.respondedOn(), body.delayReason()));
    }
}
