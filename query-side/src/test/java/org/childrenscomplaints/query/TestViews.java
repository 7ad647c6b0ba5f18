package org.childrenscomplaints.query;

import org.childrenscomplaints.api.complaint.CaseStatus;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.ComplaintView.StageView;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Case views as the projection leaves them, for tests of what reports work out from them. */
public final class TestViews {

    private TestViews() {
    }

    /** A complaint of the CIC service area that has reached its last stage. */
    public static ComplaintView complaint(String reference, Procedure procedure, StageView... stages) {
        return new ComplaintView(UUID.nameUUIDFromBytes(reference.getBytes()), reference, procedure,
                stages[stages.length - 1].stage(), CaseStatus.RESPONDED, stages[0].startedOn(), Channel.WEB_FORM,
                ComplainantRelationship.PARENT, "CIC", "Children in Care 2", List.of("DELAY"), null, null,
                List.of(stages), List.of(), null, List.of(), null);
    }

    /** A stage due on {@code dueDate}, answered on {@code respondedOn}, with the delay reasons recorded for it. */
    public static StageView answered(Stage stage, LocalDate dueDate, LocalDate respondedOn, Outcome outcome,
                                     String... delayReasons) {
        StageView started = StageView.started(stage, dueDate.minusWeeks(2), ClockType.RESPONSE, dueDate);
        for (String reason : delayReasons) {
            started = started.withDelayReason(reason);
        }
        return started.answered(respondedOn, outcome, Map.of());
    }
}
