package org.childrenscomplaints.query.report.learning;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.ComplaintView.Learning;
import org.childrenscomplaints.api.complaint.ComplaintView.LearningActionView;
import org.childrenscomplaints.api.report.learning.LearningGaps;
import org.childrenscomplaints.api.report.learning.LearningGaps.OverdueAction;
import org.childrenscomplaints.api.report.learning.LearningGaps.UpheldWithoutLearning;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenscomplaints.api.complaint.Outcome.NOT_UPHELD;
import static org.childrenscomplaints.api.complaint.Outcome.PARTIALLY_UPHELD;
import static org.childrenscomplaints.api.complaint.Outcome.UPHELD;
import static org.childrenscomplaints.api.complaint.Procedure.CORPORATE;
import static org.childrenscomplaints.api.complaint.Procedure.STATUTORY;
import static org.childrenscomplaints.api.complaint.Stage.STAGE_1;
import static org.childrenscomplaints.api.complaint.Stage.STAGE_2;
import static org.childrenscomplaints.api.complaint.Stage.STAGE_3;
import static org.childrenscomplaints.query.TestViews.answered;
import static org.childrenscomplaints.query.TestViews.complaint;

/** What counts as learning still owed, on case views built in memory, on Thursday 9 April 2026 (after Easter). */
class LearningGapFinderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 9);
    private static final UUID LEARNING = UUID.fromString("0b5e3f0c-4f4a-4a57-9d6e-5f3a1b2c3d4e");

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void anUpheldComplaintWithNoLearningIsListedFromItsFirstUpheldStageOldestFirst() {
        ComplaintView upheldAtStage2 = complaint("ST-2026-0001", STATUTORY,
                answered(STAGE_1, date("2026-03-16"), date("2026-03-13"), NOT_UPHELD),
                answered(STAGE_2, date("2026-04-20"), date("2026-04-01"), PARTIALLY_UPHELD),
                answered(STAGE_3, date("2026-04-30"), date("2026-04-08"), UPHELD));
        ComplaintView upheldAtStage1 = complaint("CO-2026-0001", CORPORATE,
                answered(STAGE_1, date("2026-03-20"), date("2026-03-20"), UPHELD));
        ComplaintView notUpheld = complaint("CO-2026-0002", CORPORATE,
                answered(STAGE_1, date("2026-03-20"), date("2026-03-20"), NOT_UPHELD));
        ComplaintView withLearning = withActions(complaint("CO-2026-0003", CORPORATE,
                answered(STAGE_1, date("2026-03-20"), date("2026-03-20"), UPHELD)));

        LearningGaps gaps = LearningGapFinder.find(List.of(upheldAtStage2, upheldAtStage1, notUpheld, withLearning),
                TODAY, calendar);

        assertThat(gaps.asOf()).isEqualTo(TODAY);
        assertThat(gaps.upheldWithoutLearning()).containsExactly(
                new UpheldWithoutLearning(upheldAtStage1.id(), "CO-2026-0001", CORPORATE, STAGE_1, UPHELD,
                        date("2026-03-20"), "CIC", "Children in Care 2", 12),
                // Good Friday, the weekend and Easter Monday are no working days
                new UpheldWithoutLearning(upheldAtStage2.id(), "ST-2026-0001", STATUTORY, STAGE_2, PARTIALLY_UPHELD,
                        date("2026-04-01"), "CIC", "Children in Care 2", 4));
        assertThat(gaps.overdueActions()).isEmpty();
    }

    @Test
    void anActionIsOverdueFromTheDayAfterItsDueDateUntilItIsCompleted() {
        ComplaintView complaint = withActions(complaint("CO-2026-0003", CORPORATE,
                answered(STAGE_1, date("2026-03-20"), date("2026-03-20"), UPHELD)),
                new LearningActionView("Review the letter templates", "Pat Owner", date("2026-04-02"), null),
                new LearningActionView("Train the duty team", "Pat Owner", date("2026-03-31"), null),
                new LearningActionView("Add a named contact", "Pat Owner", date("2026-03-31"), date("2026-04-01")),
                new LearningActionView("Audit ten cases", "Pat Owner", TODAY, null),
                new LearningActionView("Captured before due dates were required", null, null, null));

        LearningGaps gaps = LearningGapFinder.find(List.of(complaint), TODAY, calendar);

        assertThat(gaps.overdueActions()).containsExactly(
                new OverdueAction("CO-2026-0003", LEARNING, 1, "Train the duty team", date("2026-03-31"), 5),
                new OverdueAction("CO-2026-0003", LEARNING, 0, "Review the letter templates", date("2026-04-02"), 3));
        assertThat(gaps.upheldWithoutLearning()).isEmpty();
    }

    private static ComplaintView withActions(ComplaintView complaint, LearningActionView... actions) {
        return complaint.withLearning(none -> List.of(new Learning(LEARNING, date("2026-03-25"), "PRACTICE_CHANGE",
                "Letters did not say who to contact", List.of(actions))));
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
