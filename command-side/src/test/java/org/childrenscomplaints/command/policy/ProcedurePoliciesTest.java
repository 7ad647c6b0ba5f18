package org.childrenscomplaints.command.policy;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.command.policy.ProcedurePolicy.ReceiptDeadlines;
import org.childrenscomplaints.command.policy.ProcedurePolicy.Stage1Start;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcedurePoliciesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate THURSDAY_BEFORE_EASTER = LocalDate.of(2026, 4, 2);

    @Test
    void theDefaultsAreThoseOfTheRegulationsAndTheOmbudsmansCode() {
        ProcedurePolicies defaults = ProcedurePolicies.defaults();

        assertThat(defaults.of(Procedure.STATUTORY)).isEqualTo(new ProcedurePolicy(3, 10, Stage1Start.RECEIPT, new ExtensionLimit(ExtensionLimit.Kind.TO_AT_MOST, 20), 25, new ExtensionLimit(ExtensionLimit.Kind.TO_AT_MOST, 65), 20));
        assertThat(defaults.of(Procedure.CORPORATE)).isEqualTo(new ProcedurePolicy(5, 10, Stage1Start.ACKNOWLEDGEMENT, new ExtensionLimit(ExtensionLimit.Kind.BY_AT_MOST, 10), 20, new ExtensionLimit(ExtensionLimit.Kind.BY_AT_MOST, 20), 20));
        assertThat(defaults.of(Procedure.SEND)).isEqualTo(new ProcedurePolicy(5, 20, Stage1Start.RECEIPT, new ExtensionLimit(ExtensionLimit.Kind.BY_AT_MOST, 10), 20, new ExtensionLimit(ExtensionLimit.Kind.BY_AT_MOST, 20), 20));
    }

    @Test
    void aCouncilOverridesOneLimitAndKeepsTheOtherDefaults() {
        ProcedurePolicies policies = bind(Map.of("complaints.procedures.statutory.acknowledge-within", "2"));

        assertThat(policies.of(Procedure.STATUTORY)).isEqualTo(new ProcedurePolicy(2, 10, Stage1Start.RECEIPT, new ExtensionLimit(ExtensionLimit.Kind.TO_AT_MOST, 20), 25, new ExtensionLimit(ExtensionLimit.Kind.TO_AT_MOST, 65), 20));
        assertThat(policies.of(Procedure.CORPORATE)).isEqualTo(ProcedurePolicies.defaults().of(Procedure.CORPORATE));
    }

    @Test
    void aNegativeLimitIsRefusedWhenTheConfigurationIsBound() {
        assertThatThrownBy(() -> bind(Map.of("complaints.procedures.send.stage1-response-within", "-1")))
                .isInstanceOf(BindException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownProcedureIsRefusedWhenTheConfigurationIsBound() {
        assertThatThrownBy(() -> bind(Map.of("complaints.procedures.informal.acknowledge-within", "2")))
                .isInstanceOf(BindException.class);
    }

    @Test
    void receiptDeadlinesFollowEachProceduresStartOfTheStage1Clock() {
        ProcedurePolicies defaults = ProcedurePolicies.defaults();

        assertThat(defaults.of(Procedure.STATUTORY).deadlinesOnReceipt(THURSDAY_BEFORE_EASTER, CALENDAR))
                .isEqualTo(new ReceiptDeadlines(LocalDate.of(2026, 4, 9), THURSDAY_BEFORE_EASTER, LocalDate.of(2026, 4, 20)));
        assertThat(defaults.of(Procedure.CORPORATE).deadlinesOnReceipt(THURSDAY_BEFORE_EASTER, CALENDAR))
                .isEqualTo(new ReceiptDeadlines(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 27)));
        assertThat(defaults.of(Procedure.SEND).deadlinesOnReceipt(THURSDAY_BEFORE_EASTER, CALENDAR))
                .isEqualTo(new ReceiptDeadlines(LocalDate.of(2026, 4, 13), THURSDAY_BEFORE_EASTER, LocalDate.of(2026, 5, 5)));
    }

    @Test
    void aStatutoryStage1ExtendsToAtMost20WorkingDaysFromReceiptAndACorporateOneByAtMost10() {
        ProcedurePolicies defaults = ProcedurePolicies.defaults();

        assertThat(defaults.of(Procedure.STATUTORY).stage1Extension()
                .latestDueDate(THURSDAY_BEFORE_EASTER, LocalDate.of(2026, 4, 20), CALENDAR)).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(defaults.of(Procedure.CORPORATE).stage1Extension()
                .latestDueDate(THURSDAY_BEFORE_EASTER, LocalDate.of(2026, 4, 27), CALENDAR)).isEqualTo(LocalDate.of(2026, 5, 12));
    }

    @Test
    void onlyACorporateComplaintsStage1DueDateMovesWithTheAcknowledgement() {
        ProcedurePolicies defaults = ProcedurePolicies.defaults();
        LocalDate acknowledged = LocalDate.of(2026, 4, 7);

        assertThat(defaults.of(Procedure.CORPORATE).stage1DueAfterAcknowledgement(acknowledged, LocalDate.of(2026, 4, 27),
                CALENDAR)).isEqualTo(LocalDate.of(2026, 4, 21));
        assertThat(defaults.of(Procedure.STATUTORY).stage1DueAfterAcknowledgement(acknowledged, LocalDate.of(2026, 4, 20),
                CALENDAR)).isEqualTo(LocalDate.of(2026, 4, 20));
    }

    @Test
    void aStatutoryStage2RequestedOn1May2026IsDueOn9JuneAndExtendsTo4AugustAtMost() {
        ProcedurePolicy statutory = ProcedurePolicies.defaults().of(Procedure.STATUTORY);
        LocalDate requested = LocalDate.of(2026, 5, 1);

        LocalDate due = statutory.stage2DueDate(requested, CALENDAR);

        assertThat(due).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(statutory.extensionOf(Stage.STAGE_2).latestDueDate(requested, due, CALENDAR))
                .isEqualTo(LocalDate.of(2026, 8, 4));
    }

    @Test
    void theNextStageIsAskedForWithin20WorkingDaysOfTheResponse() {
        assertThat(ProcedurePolicies.defaults().of(Procedure.CORPORATE)
                .lastDayToAskForNextStage(LocalDate.of(2026, 4, 20), CALENDAR)).isEqualTo(LocalDate.of(2026, 5, 19));
    }

    @Test
    void aCouncilCanSetAnExtensionLimitOfItsOwn() {
        ProcedurePolicies policies = bind(Map.of("complaints.procedures.send.stage1-extension.kind", "TO_AT_MOST",
                "complaints.procedures.send.stage1-extension.working-days", "30"));

        assertThat(policies.of(Procedure.SEND).stage1Extension())
                .isEqualTo(new ExtensionLimit(ExtensionLimit.Kind.TO_AT_MOST, 30));
    }

    private static ProcedurePolicies bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("complaints", ProcedurePolicies.class);
    }
}
