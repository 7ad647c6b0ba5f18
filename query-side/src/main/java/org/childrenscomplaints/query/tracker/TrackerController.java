package org.childrenscomplaints.query.tracker;

import org.axonframework.queryhandling.QueryGateway;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.tracker.FindOpenClocksQuery;
import org.childrenscomplaints.api.tracker.OpenClock;
import org.childrenscomplaints.api.tracker.OpenClocksPage;
import org.childrenscomplaints.api.tracker.Rag;
import org.childrenscomplaints.api.web.FieldProblem;
import org.childrenscomplaints.api.web.ProblemDetailsAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

import java.util.ArrayList;
import java.util.List;

import static org.childrenscomplaints.api.Text.blankToNull;

@RestController
public class TrackerController {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 1000;

    private final QueryGateway queryGateway;
    private final TrackerStream streams;

    TrackerController(QueryGateway queryGateway, TrackerStream streams) {
        this.queryGateway = queryGateway;
        this.streams = streams;
    }

    /** Every open clock, most urgent first; a page of them when {@code page} or {@code size} is given. */
    @GetMapping("/api/tracker")
    public ResponseEntity<List<OpenClock>> tracker(@RequestParam(required = false) Rag rag,
                                                   @RequestParam(required = false) Procedure procedure,
                                                   @RequestParam(required = false) String team,
                                                   @RequestParam(required = false) String serviceArea,
                                                   @RequestParam(required = false) String managerId,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size) {
        checkPaging(page, size);
        boolean paged = page != null || size != null;
        FindOpenClocksQuery query = query(rag, procedure, team, serviceArea, managerId,
                paged ? (page == null ? 0 : page) : null, paged ? (size == null ? DEFAULT_PAGE_SIZE : size) : null);
        OpenClocksPage result = queryGateway.query(query, OpenClocksPage.class).join();
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.total())).body(result.clocks());
    }

    /** The same clocks as server-sent events: all of them at once, then each case's whenever it changes. */
    @GetMapping(path = "/api/tracker/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public ResponseEntity<Flux<ServerSentEvent<?>>> stream(@RequestParam(required = false) Rag rag,
                                                           @RequestParam(required = false) Procedure procedure,
                                                           @RequestParam(required = false) String team,
                                                           @RequestParam(required = false) String serviceArea,
                                                           @RequestParam(required = false) String managerId) {
        // nginx, the production gateway, would otherwise hold the events back in its buffer
        return ResponseEntity.ok().header("X-Accel-Buffering", "no")
                .body(streams.open(query(rag, procedure, team, serviceArea, managerId, null, null)));
    }

    private static FindOpenClocksQuery query(Rag rag, Procedure procedure, String team, String serviceArea,
                                             String managerId, Integer page, Integer size) {
        return new FindOpenClocksQuery(rag, procedure, blankToNull(team), blankToNull(serviceArea),
                blankToNull(managerId), page, size);
    }

    private static void checkPaging(Integer page, Integer size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page != null && page < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more (pages count from 0)"));
        }
        if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
            problems.add(new FieldProblem("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (problems.isEmpty() && page != null && (long) page * (size == null ? DEFAULT_PAGE_SIZE : size) > Integer.MAX_VALUE) {
            problems.add(new FieldProblem("page", "is beyond the last page there could ever be"));
        }
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                    ProblemDetailsAdvice.invalidRequest("The paging parameters are out of range.", problems), null);
        }
    }
}
