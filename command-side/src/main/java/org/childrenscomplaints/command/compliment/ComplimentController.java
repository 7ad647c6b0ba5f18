package org.childrenscomplaints.command.compliment;

import org.childrenscomplaints.command.idempotency.NewIds;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.childrenscomplaints.api.CaseRegistration;
import org.childrenscomplaints.api.compliment.RecordComplimentCommand;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;


@RestController
public class ComplimentController {

    private final CommandGateway commandGateway;

    public ComplimentController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** The body is the command as the contract names its fields; the compliment's id is ours to choose. */
    @PostMapping(path = "/api/compliments", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CaseRegistration> record(@RequestBody RecordComplimentCommand body, HttpServletRequest request) {
        CaseRegistration registration = commandGateway.sendAndWait(new RecordComplimentCommand(
                NewIds.forRequest(request, "compliment"),
                body.receivedOn(), body.serviceArea(), body.team(), body.source(), body.summary()));
        // compliments are read as lists (GET /api/compliments), so there is no single resource to point to
        return ResponseEntity.status(HttpStatus.CREATED).body(registration);
    }
}
