package org.childrenscomplaints.query.complaint;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.FindComplaintQuery;
import org.childrenscomplaints.api.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ComplaintQueryController {

    private final QueryGateway queryGateway;

    public ComplaintQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The case as it stands; {@code id} is its uuid or its reference. */
    @GetMapping("/api/complaints/{id}")
    public ComplaintView complaint(@PathVariable String id) {
        return queryGateway.query(new FindComplaintQuery(id), ResponseTypes.optionalInstanceOf(ComplaintView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("No complaint has the id or reference " + id + "."));
    }
}
