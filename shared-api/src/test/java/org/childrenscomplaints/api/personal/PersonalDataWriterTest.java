package org.childrenscomplaints.api.personal;

import org.childrenscomplaints.api.complaint.ComplaintView.Allocation;
import org.childrenscomplaints.api.complaint.ComplaintWithdrawnEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.web.ContractDates;
import org.childrenscomplaints.api.web.TextLengthLimit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal data left out for those who may not see it, with the app's own JSON modules, everything else kept as it is. */
class PersonalDataWriterTest {

    private final PersonalDataWriter writer = new PersonalDataWriter(JsonMapper.builder()
            .addModule(ContractDates.module()).addModule(TextLengthLimit.module()).build());

    private final ComplaintWithdrawnEvent withdrawn = new ComplaintWithdrawnEvent(UUID.randomUUID(), Stage.STAGE_1,
            LocalDate.of(2026, 3, 31), "The family moved to Leeds");

    @Test
    void aCopyWithheldHasItsPersonalDataEmptyAndAllElseAsItWas() {
        assertThat(writer.withheld(withdrawn, ComplaintWithdrawnEvent.class)).isEqualTo(
                new ComplaintWithdrawnEvent(withdrawn.complaintId(), Stage.STAGE_1, LocalDate.of(2026, 3, 31), null));
        assertThat(writer.withheld(new Allocation("m-17", "Sam Jones", "Fostering Team"), Allocation.class))
                .isEqualTo(new Allocation("m-17", null, "Fostering Team"));
    }

    @Test
    void theJsonWithoutPersonalDataIsTheWholeJsonLessThePersonalFields() {
        Map<String, Object> whole = new LinkedHashMap<>(writer.write(withdrawn, true));
        assertThat(whole).containsEntry("reason", "The family moved to Leeds").containsEntry("withdrawnOn", "2026-03-31");

        whole.remove("reason");
        assertThat(writer.write(withdrawn, false)).isEqualTo(whole);
    }
}
