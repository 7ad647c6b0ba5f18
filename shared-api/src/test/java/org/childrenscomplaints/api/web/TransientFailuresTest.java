package org.childrenscomplaints.api.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.RemoteExceptionDescription;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.messaging.RemoteNonTransientHandlingException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure on the node that handled a command, as Axon Server's connector hands it back, answered over HTTP. */
class TransientFailuresTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void aTransientFailureWithoutARefusalIsAnsweredTryAgain() {
        ProblemDetail answer = advice.commandRefused(remoteFailure(new RemoteHandlingException(
                RemoteExceptionDescription.describing(new IllegalStateException("sequence taken"))), null));

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getType()).isEqualTo(ProblemTypes.TRY_AGAIN);
    }

    @Test
    void aRefusalKeepsItsAnswerAndANonTransientFailureIsOurs() {
        Rejection rejection = new Rejection(Rejection.Kind.RULE_BROKEN, "This stage was already answered.", List.of());
        assertThat(advice.commandRefused(remoteFailure(new RemoteHandlingException(
                RemoteExceptionDescription.describing(new IllegalStateException("refused"))), rejection)).getStatus())
                .isEqualTo(409);
        assertThat(advice.commandRefused(remoteFailure(new RemoteNonTransientHandlingException(
                RemoteExceptionDescription.describing(new IllegalStateException("a fault"))), null)).getStatus())
                .isEqualTo(500);
    }

    private static CommandExecutionException remoteFailure(Throwable cause, Object details) {
        return new CommandExecutionException("failed on the handling node", cause, details);
    }
}
