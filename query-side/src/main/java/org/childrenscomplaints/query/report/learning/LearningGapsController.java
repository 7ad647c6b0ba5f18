package org.childrenscomplaints.query.report.learning;

import org.axonframework.queryhandling.QueryGateway;
import org.childrenscomplaints.api.report.learning.FindLearningGapsQuery;
import org.childrenscomplaints.api.report.learning.LearningGaps;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LearningGapsController {

    private final QueryGateway queryGateway;

    public LearningGapsController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Upheld complaints with no learning captured, and learning actions past their due date; oldest first. */
    @GetMapping("/api/reports/learning-gaps")
    public LearningGaps learningGaps() {
        return queryGateway.query(new FindLearningGapsQuery(), LearningGaps.class).join();
    }
}
