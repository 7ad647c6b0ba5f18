package org.childrenscomplaints.command.retry;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.RemoteExceptionDescription;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.messaging.RemoteNonTransientHandlingException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.childrenscomplaints.api.audit.AuditMetadata;
import org.childrenscomplaints.api.security.CallerMetadata;
import org.childrenscomplaints.api.web.Rejection;
import org.childrenscomplaints.command.CommandSideConfiguration;
import org.childrenscomplaints.command.rejection.CommandRejectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command gateway the app uses, over a bus whose handler fails the way stores and Axon Server fail. */
class CommandRetriesTest {

    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final CommandRetries retries = new CommandRetries();
    private final CommandGateway gateway = new CommandSideConfiguration().commandGateway(bus, new CallerMetadata(), retries);
    /** Each attempt's command, as the handler received it. */
    private final List<CommandMessage<?>> attempts = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        retries.close();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCommandThatLostAnAppendRaceIsSentAgainAndStillCarriesItsSender() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "k.officer", null, AuthorityUtils.createAuthorityList("ROLE_OFFICER")));
        handleFailingFirst(2, () -> new ConcurrencyException("An event for aggregate [x] at sequence [3] was already inserted"));

        assertThat((String) gateway.sendAndWait("respond")).isEqualTo("done");
        assertThat(attempts).hasSize(3)
                .allSatisfy(attempt -> assertThat(attempt.getMetaData()).containsEntry(AuditMetadata.RECORDED_BY, "k.officer"));
    }

    /** It may have failed after its events were stored: run again, it could be recorded twice. */
    @Test
    void aFailureOnAnotherNodeIsNotSentAgain() {
        handleFailingFirst(1, () -> new CommandExecutionException("append timed out", new RemoteHandlingException(
                RemoteExceptionDescription.describing(new IllegalStateException("Timeout while executing request")))));

        assertThatThrownBy(() -> gateway.sendAndWait("respond")).isInstanceOf(CommandExecutionException.class);
        assertThat(attempts).hasSize(1);
    }

    @Test
    void aRefusalIsFinalWhereverItWasMade() {
        sentOnce(() -> CommandRejectedException.ruleBroken("This stage was already answered."));
        sentOnce(() -> new CommandExecutionException("refused", new ConcurrencyException("sequence taken"),
                new Rejection(Rejection.Kind.RULE_BROKEN, "This stage was already answered.", List.of())));
        sentOnce(() -> new CommandExecutionException("not found", new RemoteNonTransientHandlingException(
                RemoteExceptionDescription.describing(new IllegalArgumentException("no such case")))));
        sentOnce(() -> new IllegalStateException("a fault of ours"));
    }

    @Test
    void aRaceLostEveryTimeEndsAfterTheLastRetry() {
        handleFailingFirst(Integer.MAX_VALUE, () -> new ConcurrencyException("sequence taken"));

        assertThatThrownBy(() -> gateway.sendAndWait("respond")).isInstanceOf(ConcurrencyException.class);
        assertThat(attempts).hasSize(1 + CommandRetries.MAX_RETRIES);
    }

    private void sentOnce(Supplier<RuntimeException> failure) {
        attempts.clear();
        handleFailingFirst(1, failure);
        assertThatThrownBy(() -> gateway.sendAndWait("respond")).isInstanceOf(failure.get().getClass());
        assertThat(attempts).hasSize(1);
    }

    private void handleFailingFirst(int failures, Supplier<RuntimeException> failure) {
        bus.subscribe(String.class.getName(), command -> {
            attempts.add(command);
            if (attempts.size() <= failures) {
                throw failure.get();
            }
            return "done";
        });
    }
}
