package org.childrenscomplaints.api.security;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.childrenscomplaints.api.audit.AuditMetadata;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Puts the signed-in caller on every command it sends (user id and role), so every event the
 * command causes records who did it (see {@link AuditMetadata}). Only ids and role names: never
 * personal data.
 */
public final class CallerMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    /** When someone holds several roles, the event records the one that allows the most. */
    private static final List<Role> MOST_ALLOWED_FIRST = List.of(Role.ADMIN, Role.OFFICER, Role.MANAGER, Role.INTAKE,
            Role.SCRUTINY);
    /**
     * A registration, though, is sent as INTAKE rather than MANAGER: the contract lets INTAKE register
     * and not MANAGER, who acts only on cases already allocated to them.
     */
    private static final List<Role> MOST_ALLOWED_FIRST_TO_REGISTER = List.of(Role.ADMIN, Role.OFFICER, Role.INTAKE,
            Role.MANAGER, Role.SCRUTINY);

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        Optional<Authentication> caller = Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated);
        return (index, command) -> caller.<CommandMessage<?>>map(signedIn -> command.andMetaData(metadataOf(signedIn,
                command.getPayload() instanceof IntakeCommand ? MOST_ALLOWED_FIRST_TO_REGISTER : MOST_ALLOWED_FIRST)))
                .orElse(command);
    }

    private static Map<String, Object> metadataOf(Authentication caller, List<Role> mostAllowedFirst) {
        Set<String> authorities = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(AuditMetadata.RECORDED_BY, caller.getName());
        mostAllowedFirst.stream().filter(role -> authorities.contains("ROLE_" + role.name())).findFirst()
                .ifPresent(role -> metadata.put(AuditMetadata.ROLE, role.name()));
        return metadata;
    }
}
