package org.childrenscomplaints.api.security;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.childrenscomplaints.api.audit.AuditMetadata;
import org.childrenscomplaints.api.comment.AcknowledgeCommentCommand;
import org.childrenscomplaints.api.comment.RegisterCommentCommand;
import org.childrenscomplaints.api.compliment.RecordComplimentCommand;
import org.childrenscomplaints.api.complaint.RegisterComplaintCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command records who sent it and the role it was sent in, as each event it causes will. */
class CallerMetadataTest {

    private static final UUID CASE = UUID.randomUUID();
    private static final RegisterComplaintCommand COMPLAINT = new RegisterComplaintCommand(CASE, null, null, null, null,
            null, null, null, null, null, null, null, null, null);
    private static final AcknowledgeCommentCommand ACKNOWLEDGEMENT = new AcknowledgeCommentCommand(CASE,
            LocalDate.of(2026, 5, 5));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void someoneWhoIsIntakeAndManagerRegistersAsIntakeAndAnswersAsManager() {
        signIn("s.patel", Role.INTAKE, Role.MANAGER);

        List<CommandMessage<?>> sent = send(COMPLAINT, ACKNOWLEDGEMENT,
                new RegisterCommentCommand(CASE, null, null, null, null, null, null),
                new RecordComplimentCommand(CASE, null, null, null, null, null));

        assertThat(sent).extracting(command -> command.getMetaData().get(AuditMetadata.ROLE))
                .containsExactly("INTAKE", "MANAGER", "INTAKE", "INTAKE");
        assertThat(sent).extracting(command -> command.getMetaData().get(AuditMetadata.RECORDED_BY))
                .containsOnly("s.patel");
    }

    @Test
    void theRoleThatAllowsTheMostIsRecordedForAnyOtherMix() {
        signIn("k.officer", Role.MANAGER, Role.OFFICER, Role.INTAKE);
        assertThat(roles(COMPLAINT, ACKNOWLEDGEMENT)).containsExactly("OFFICER", "OFFICER");

        signIn("m.jones", Role.MANAGER, Role.SCRUTINY);
        assertThat(roles(ACKNOWLEDGEMENT)).containsExactly("MANAGER");
    }

    /**
     * So a complaint's or comment's aggregate still refuses it, should the access rules ever let one
     * through (ManagersOwnCases).
     */
    @Test
    void aManagerWithoutIntakeStillRegistersAsManagerForTheAggregateToRefuse() {
        signIn("m.jones", Role.MANAGER, Role.SCRUTINY);
        assertThat(roles(COMPLAINT)).containsExactly("MANAGER");
    }

    @Test
    void aCommandSentByNobodySignedInCarriesNoCaller() {
        assertThat(send(COMPLAINT).get(0).getMetaData()).isEmpty();
    }

    private static void signIn(String user, Role... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, AuthorityUtils.createAuthorityList(Arrays.stream(roles).map(role -> "ROLE_" + role).toList())));
    }

    private static List<Object> roles(Object... commands) {
        return send(commands).stream().map(command -> command.getMetaData().get(AuditMetadata.ROLE)).toList();
    }

    private static List<CommandMessage<?>> send(Object... commands) {
        List<CommandMessage<?>> messages = Arrays.stream(commands)
                .<CommandMessage<?>>map(GenericCommandMessage::asCommandMessage).toList();
        BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> interceptor = new CallerMetadata().handle(messages);
        return IntStream.range(0, messages.size())
                .<CommandMessage<?>>mapToObj(i -> interceptor.apply(i, messages.get(i))).toList();
    }
}
