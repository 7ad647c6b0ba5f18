package org.childrenscomplaints.api.security;

/**
 * A command that records a new contact (a complaint, comment or compliment): the one kind of command
 * the contract's INTAKE role may send. Someone who is both INTAKE and MANAGER sends it as INTAKE
 * ({@link CallerMetadata}), since a MANAGER acts only on cases already allocated to them.
 */
public interface IntakeCommand {
}
