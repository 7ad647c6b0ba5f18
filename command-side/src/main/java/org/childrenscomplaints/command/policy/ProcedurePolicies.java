package org.childrenscomplaints.command.policy;

import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.command.policy.ProcedurePolicy.Stage1Start;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumMap;
import java.util.Map;

/**
 * {@code complaints.procedures.*}: each procedure's time limits. A council overrides only what
 * differs; the rest keeps the defaults of the regulations and the Ombudsman's code.
 */
@ConfigurationProperties("complaints")
public record ProcedurePolicies(Map<Procedure, ProcedurePolicy> procedures) {

    private static final Map<Procedure, ProcedurePolicy> DEFAULTS = Map.of(
            Procedure.STATUTORY, new ProcedurePolicy(3, 10, Stage1Start.RECEIPT),
            Procedure.CORPORATE, new ProcedurePolicy(5, 10, Stage1Start.ACKNOWLEDGEMENT),
            Procedure.SEND, new ProcedurePolicy(5, 20, Stage1Start.RECEIPT));

    public ProcedurePolicies {
        Map<Procedure, ProcedurePolicy> merged = new EnumMap<>(DEFAULTS);
        if (procedures != null) {
            merged.putAll(procedures);
        }
        procedures = Map.copyOf(merged);
    }

    public static ProcedurePolicies defaults() {
        return new ProcedurePolicies(null);
    }

    public ProcedurePolicy of(Procedure procedure) {
        return procedures.get(procedure);
    }
}
