package org.childrenscomplaints.query.compliment;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.childrenscomplaints.api.calendar.RecordDates;
import org.childrenscomplaints.api.compliment.ComplimentView;
import org.childrenscomplaints.api.compliment.FindComplimentsQuery;
import org.childrenscomplaints.api.personal.PersonalDataWriter;
import org.childrenscomplaints.api.security.Caller;
import org.childrenscomplaints.api.web.FieldProblem;
import org.childrenscomplaints.api.web.ProblemDetailsAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.childrenscomplaints.api.Text.blankToNull;

@RestController
public class ComplimentQueryController {

    private final QueryGateway queryGateway;
    private final PersonalDataWriter personalData;

    public ComplimentQueryController(QueryGateway queryGateway, PersonalDataWriter personalData) {
        this.queryGateway = queryGateway;
        this.personalData = personalData;
    }

    /**
     * Compliments received in a period (from and to inclusive, either may be left open), of one team or all.
     * Their free text may name people, so it is shown only to roles that may see personal data.
     */
    @GetMapping("/api/compliments")
    public List<Map<String, Object>> compliments(@RequestParam(required = false) LocalDate from,
                                                 @RequestParam(required = false) LocalDate to,
                                                 @RequestParam(required = false) String team,
                                                 HttpServletRequest request) {
        RecordDates.checkWithin("from", from);
        RecordDates.checkWithin("to", to);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemDetailsAdvice.badRequest("The period ends before it starts.",
                    List.of(new FieldProblem("to", "cannot be before from")));
        }
        boolean seesPersonalData = Caller.seesPersonalData(request);
        return queryGateway.query(new FindComplimentsQuery(from, to, blankToNull(team)),
                        ResponseTypes.multipleInstancesOf(ComplimentView.class)).join().stream()
                .map(compliment -> personalData.write(compliment, seesPersonalData))
                .toList();
    }
}
