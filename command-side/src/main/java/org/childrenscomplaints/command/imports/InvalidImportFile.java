package org.childrenscomplaints.command.imports;

import org.childrenscomplaints.api.web.FieldProblem;

import java.util.List;

/** A file that cannot be imported at all (not CSV, no header, unknown columns, too big): nothing of it is stored. */
public class InvalidImportFile extends RuntimeException {

    private final transient List<FieldProblem> errors;

    public InvalidImportFile(String detail, List<FieldProblem> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
