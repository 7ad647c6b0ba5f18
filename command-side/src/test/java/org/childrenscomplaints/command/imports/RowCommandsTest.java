package org.childrenscomplaints.command.imports;

import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.compliment.ComplimentSource;
import org.childrenscomplaints.api.imports.ImportComplaintCommand;
import org.childrenscomplaints.api.imports.ImportComplimentCommand;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RowCommandsTest {

    private static final UUID ID = UUID.fromString("5f0c2b1e-8a7d-4c3b-9e6f-1a2b3c4d5e6f");

    @Test
    void aComplaintRowBecomesItsRegistrationAndProgressWhateverTheCodesLetterCase() {
        RowCommands.Mapped mapped = map(Map.ofEntries(Map.entry("record_type", "complaint"),
                Map.entry("reference", "ST-2019-0001"), Map.entry("procedure", "Statutory"),
                Map.entry("received_on", "2019-05-01"), Map.entry("complainant_relationship", "parent"),
                Map.entry("service_area", "cic"), Map.entry("issues", "delay; staff_attitude ;"),
                Map.entry("stage1_responded_on", "2019-05-20"), Map.entry("stage1_outcome", "upheld"),
                Map.entry("learning_actions", "Training; A guidance note")));

        assertThat(mapped.errors()).isEmpty();
        ImportComplaintCommand command = (ImportComplaintCommand) mapped.command();
        assertThat(command.complaintId()).isEqualTo(command.registration().complaintId()).isEqualTo(ID);
        assertThat(command.registration().procedure()).isEqualTo(Procedure.STATUTORY);
        assertThat(command.registration().complainant().relationship()).isEqualTo(ComplainantRelationship.PARENT);
        assertThat(command.registration().complainant().name()).isNull();
        assertThat(command.registration().serviceArea()).isEqualTo("CIC");
        assertThat(command.registration().issues()).containsExactly("DELAY", "STAFF_ATTITUDE");
        assertThat(command.progress().stage1().respondedOn()).isEqualTo(LocalDate.of(2019, 5, 20));
        assertThat(command.progress().stage1().outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(command.progress().learningActions()).containsExactly("Training", "A guidance note");
    }

    @Test
    void everyUnreadableCellOfARowIsNamedAtOnce() {
        RowCommands.Mapped mapped = map(Map.of("record_type", "COMPLAINT", "procedure", "LOCAL",
                "received_on", "01/05/2019", "stage2_outcome", "UPHELD", "source", "EXTERNAL"));

        assertThat(mapped.command()).isNull();
        assertThat(mapped.errors()).containsExactlyInAnyOrder(
                "reference is required: it is how a second import of the same file knows the case is already here",
                "source does not apply to a complaint; leave it empty",
                "stage2_outcome is given but stage2_responded_on is empty",
                "procedure must be one of STATUTORY, CORPORATE, SEND, not LOCAL",
                "received_on must be a date written YYYY-MM-DD, e.g. 2019-04-23, not 01/05/2019");
    }

    @Test
    void aComplimentRowHoldsOnlyAComplimentsCells() {
        RowCommands.Mapped good = map(Map.of("record_type", "COMPLIMENT", "reference", "CP-2019-0001",
                "received_on", "2019-07-03", "team", "Fostering", "source", "external", "summary", "Thanks"));
        RowCommands.Mapped withOutcome = map(Map.of("record_type", "COMPLIMENT", "reference", "CP-2019-0002",
                "stage1_outcome", "UPHELD"));

        assertThat(((ImportComplimentCommand) good.command()).compliment().source()).isEqualTo(ComplimentSource.EXTERNAL);
        assertThat(withOutcome.errors()).contains("stage1_outcome does not apply to a compliment; leave it empty");
    }

    @Test
    void aCommentRecordsOneDelayReasonAndAnUnknownRecordTypeIsNamed() {
        assertThat(map(Map.of("record_type", "COMMENT", "reference", "CM-2019-0001", "delay_reasons", "LEGAL_ISSUE;OTHER"))
                .errors()).containsExactly("delay_reasons holds 2 reasons; a comment's response records one");
        assertThat(map(Map.of("record_type", "GRUMBLE", "reference", "CO-2019-0001")).errors())
                .containsExactly("record_type must be one of COMPLAINT, COMMENT, COMPLIMENT, not GRUMBLE");
    }

    private static RowCommands.Mapped map(Map<String, String> cells) {
        return RowCommands.map(new ImportRow(2, cells, List.of()), ID);
    }
}
