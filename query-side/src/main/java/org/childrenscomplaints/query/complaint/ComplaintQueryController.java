package org.childrenscomplaints.query.complaint;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.childrenscomplaints.api.complaint.ComplaintHistory;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.FindComplaintAsOfQuery;
import org.childrenscomplaints.api.complaint.FindComplaintHistoryQuery;
import org.childrenscomplaints.api.complaint.FindComplaintQuery;
import org.childrenscomplaints.api.complaint.HistoryEntry;
import org.childrenscomplaints.api.personal.PersonalDataWriter;
import org.childrenscomplaints.api.security.Caller;
import org.childrenscomplaints.api.web.FieldProblem;
import org.childrenscomplaints.api.web.NotFoundException;
import org.childrenscomplaints.api.web.ProblemDetailsAdvice;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A complaint as it stands or as it stood, and its history; personal data only for roles allowed to see it. */
@RestController
public class ComplaintQueryController {

    private final QueryGateway queryGateway;
    private final PersonalDataWriter personalData;
    private final Clock clock;

    public ComplaintQueryController(QueryGateway queryGateway, PersonalDataWriter personalData, Clock clock) {
        this.queryGateway = queryGateway;
        this.personalData = personalData;
        this.clock = clock;
    }

    /** The case as it stands, or with {@code asOf} as it stood at the end of that day; {@code id} is its uuid or reference. */
    @GetMapping("/api/complaints/{id}")
    public Map<String, Object> complaint(@PathVariable String id,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                         HttpServletRequest request) {
        Optional<ComplaintView> view;
        if (asOf == null) {
            view = queryGateway.query(new FindComplaintQuery(id), ResponseTypes.optionalInstanceOf(ComplaintView.class)).join();
        } else {
            checkNotFuture(asOf);
            view = queryGateway.query(new FindComplaintAsOfQuery(id, asOf),
                    ResponseTypes.optionalInstanceOf(ComplaintView.class)).join();
        }
        return personalData.write(view.orElseThrow(() -> notFound(id, asOf)), Caller.seesPersonalData(request));
    }

    /** Every event of the case in the order recorded. */
    @GetMapping("/api/complaints/{id}/history")
    public List<HistoryEntry> history(@PathVariable String id, HttpServletRequest request) {
        return queryGateway.query(new FindComplaintHistoryQuery(id, Caller.seesPersonalData(request)),
                        ResponseTypes.optionalInstanceOf(ComplaintHistory.class))
                .join()
                .map(ComplaintHistory::events)
                .orElseThrow(() -> notFound(id, null));
    }

    private void checkNotFuture(LocalDate asOf) {
        if (asOf.isAfter(LocalDate.now(clock))) {
            throw ProblemDetailsAdvice.badRequest("A case can be seen as it stood on a past day or today, not on " + asOf + ".",
                    List.of(new FieldProblem("asOf", "must not be in the future")));
        }
    }

    private static NotFoundException notFound(String id, LocalDate asOf) {
        return new NotFoundException(asOf == null ? "No complaint has the id or reference " + id + "."
                : "No complaint with the id or reference " + id + " had been received by the end of " + asOf + ".");
    }
}
