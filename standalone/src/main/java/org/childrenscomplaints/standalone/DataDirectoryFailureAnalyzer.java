package org.childrenscomplaints.standalone;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a {@link DataDirectoryProblem} as Spring Boot's "APPLICATION FAILED TO START" report, not as a stack trace. */
class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryProblem> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryProblem problem) {
        return new FailureAnalysis(problem.getMessage(), problem.action(), problem);
    }
}
