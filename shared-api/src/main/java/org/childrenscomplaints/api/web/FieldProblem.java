package org.childrenscomplaints.api.web;

/** One invalid field of a request, named by its JSON path (e.g. {@code complainant.relationship}). */
public record FieldProblem(String field, String message) {
}
