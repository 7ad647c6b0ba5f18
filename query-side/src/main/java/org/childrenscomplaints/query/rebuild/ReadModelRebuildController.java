package org.childrenscomplaints.query.rebuild;

import org.childrenscomplaints.api.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** The administrators' rebuild of the read models (after an upgrade that changes a projection, or for an audit). */
@RestController
public class ReadModelRebuildController {

    private static final String READ_MODELS = "/api/admin/read-models";

    private final ReadModelRebuild rebuild;

    public ReadModelRebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** 202: the rebuild runs on; its progress is at {@code GET /api/admin/read-models}. */
    @PostMapping(READ_MODELS + "/rebuild")
    public ResponseEntity<List<ReadModelStatus>> rebuild() {
        return ResponseEntity.accepted().location(URI.create(READ_MODELS)).body(rebuild.start());
    }

    @GetMapping(READ_MODELS)
    public List<ReadModelStatus> status() {
        return rebuild.status();
    }

    @ExceptionHandler(ReadModelRebuild.RebuildRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ReadModelRebuild.RebuildRefusedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        problem.setTitle("The rebuild cannot start now");
        problem.setType(ProblemTypes.IN_PROGRESS);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
