package org.childrenscomplaints.query.notification;

import org.childrenscomplaints.api.web.FieldProblem;
import org.childrenscomplaints.api.web.ProblemDetailsAdvice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** The administrators' view of the reminders mailed (ADMIN only, as everything under /api/admin). */
@RestController
public class NotificationController {

    static final int MAX_PAGE_SIZE = 1000;

    private final Outbox outbox;

    public NotificationController(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Newest first, optionally of one status, a page at a time; the total in {@code X-Total-Count}. */
    @GetMapping("/api/admin/notifications")
    public ResponseEntity<List<DeliveryView>> notifications(@RequestParam(required = false) DeliveryStatus status,
                                                            @RequestParam(defaultValue = "0") int page,
                                                            @RequestParam(defaultValue = "50") int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more (pages count from 0)"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (problems.isEmpty() && (long) page * size > Integer.MAX_VALUE) {
            problems.add(new FieldProblem("page", "is beyond the last page there could ever be"));
        }
        if (!problems.isEmpty()) {
            throw ProblemDetailsAdvice.badRequest("The paging parameters are out of range.", problems);
        }
        List<DeliveryView> deliveries = outbox.list(status, page, size).stream().map(DeliveryView::of).toList();
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(outbox.count(status))).body(deliveries);
    }
}
