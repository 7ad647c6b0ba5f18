package org.childrenscomplaints.command.policy;

import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.command.policy.ProcedurePolicy.Stage1Start;
import org.springframework.boot.context.properties.ConfigurationProperties;

import static org.childrenscomplaints.command.policy.ExtensionLimit.Kind.BY_AT_MOST;
import static org.childrenscomplaints.command.policy.ExtensionLimit.Kind.TO_AT_MOST;

import java.util.Map;

/**
 * {@code complaints.procedures.<PROCEDURE>.*}: each procedure's time limits. A council sets only
 * the limits that differ; every other one keeps the default of the regulations and the
 * Ombudsman's code.
 */
@ConfigurationProperties("complaints")
public record ProcedurePolicies(Map<Procedure, Overrides> procedures) {

    private static final Map<Procedure, ProcedurePolicy> DEFAULTS = Map.of(
            Procedure.STATUTORY, new ProcedurePolicy(3, 10, Stage1Start.RECEIPT, new ExtensionLimit(TO_AT_MOST, 20),
                    25, new ExtensionLimit(TO_AT_MOST, 65), 20),
            Procedure.CORPORATE, new ProcedurePolicy(5, 10, Stage1Start.ACKNOWLEDGEMENT, new ExtensionLimit(BY_AT_MOST, 10),
                    20, new ExtensionLimit(BY_AT_MOST, 20), 20),
            Procedure.SEND, new ProcedurePolicy(5, 20, Stage1Start.RECEIPT, new ExtensionLimit(BY_AT_MOST, 10),
                    20, new ExtensionLimit(BY_AT_MOST, 20), 20));

    /** The limits a council configures for one procedure; an absent one keeps its default. */
    public record Overrides(Integer acknowledgeWithin, Integer stage1ResponseWithin, Stage1Start stage1CountedFrom,
                            ExtensionLimit stage1Extension, Integer stage2ResponseWithin, ExtensionLimit stage2Extension,
                            Integer requestWindow) {

        ProcedurePolicy applyTo(ProcedurePolicy defaults) {
            return new ProcedurePolicy(
                    either(acknowledgeWithin, defaults.acknowledgeWithin()),
                    either(stage1ResponseWithin, defaults.stage1ResponseWithin()),
                    either(stage1CountedFrom, defaults.stage1CountedFrom()),
                    either(stage1Extension, defaults.stage1Extension()),
                    either(stage2ResponseWithin, defaults.stage2ResponseWithin()),
                    either(stage2Extension, defaults.stage2Extension()),
                    either(requestWindow, defaults.requestWindow()));
        }

        private static <T> T either(T configured, T fallback) {
            return configured == null ? fallback : configured;
        }
    }

    public ProcedurePolicies {
        procedures = procedures == null ? Map.of() : Map.copyOf(procedures);
        // applying each override once here makes a broken configuration fail at start-up, not on a case
        procedures.forEach((procedure, overrides) -> overrides.applyTo(DEFAULTS.get(procedure)));
    }

    public static ProcedurePolicies defaults() {
        return new ProcedurePolicies(null);
    }

    public ProcedurePolicy of(Procedure procedure) {
        ProcedurePolicy defaults = DEFAULTS.get(procedure);
        Overrides overrides = procedures.get(procedure);
        return overrides == null ? defaults : overrides.applyTo(defaults);
    }
}
