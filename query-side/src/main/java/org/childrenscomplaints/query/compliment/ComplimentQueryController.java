package org.childrenscomplaints.query.compliment;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.childrenscomplaints.api.compliment.ComplimentView;
import org.childrenscomplaints.api.compliment.FindComplimentsQuery;
import org.childrenscomplaints.api.web.FieldProblem;
import org.childrenscomplaints.api.web.ProblemDetailsAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

import static org.childrenscomplaints.api.Text.blankToNull;

@RestController
public class ComplimentQueryController {

    private final QueryGateway queryGateway;

    public ComplimentQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Compliments received in a period (from and to inclusive, either may be left open), of one team or all. */
    @GetMapping("/api/compliments")
    public List<ComplimentView> compliments(@RequestParam(required = false) LocalDate from,
                                            @RequestParam(required = false) LocalDate to,
                                            @RequestParam(required = false) String team) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemDetailsAdvice.badRequest("The period ends before it starts.",
                    List.of(new FieldProblem("to", "cannot be before from")));
        }
        return queryGateway.query(new FindComplimentsQuery(from, to, blankToNull(team)),
                ResponseTypes.multipleInstancesOf(ComplimentView.class)).join();
    }
}
