package org.childrenscomplaints.api.security;

/**
 * A registration sent over HTTP (a complaint, comment or compliment): the only commands the
 * contract's INTAKE role may send ({@link AccessRules}; the spreadsheet import's commands are
 * ADMIN's). Someone who is both INTAKE and MANAGER sends them as INTAKE ({@link CallerMetadata}),
 * since a MANAGER acts only on cases already allocated to them.
 */
public interface IntakeCommand {
}
