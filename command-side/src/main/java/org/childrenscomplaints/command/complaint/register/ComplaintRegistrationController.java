package org.childrenscomplaints.command.complaint.register;

import org.childrenscomplaints.command.idempotency.NewIds;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.childrenscomplaints.api.CaseRegistration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
public class ComplaintRegistrationController {

    private final CommandGateway commandGateway;

    public ComplaintRegistrationController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping(path = "/api/complaints", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CaseRegistration> register(@RequestBody RegisterComplaintRequest body, HttpServletRequest request) {
        CaseRegistration registration = commandGateway.sendAndWait(body.toCommand(NewIds.forRequest(request, "complaint")));
        return ResponseEntity.created(URI.create("/api/complaints/" + registration.id())).body(registration);
    }
}
