package org.childrenscomplaints.command;

import org.childrenscomplaints.api.calendar.ReportingYear;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.reference.CaseReference;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.policy.ProcedurePolicies;
import org.childrenscomplaints.command.policy.ReferenceData;
import org.childrenscomplaints.command.policy.ReminderLadder;
import org.childrenscomplaints.command.policy.ReviewPanelTimetable;
import org.childrenscomplaints.command.reference.ReferenceNumbering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The default rules on a fixed day, Sunday 22 November 2026, and a numbering that needs no series: for aggregate tests. */
public final class TestRules {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** Numbers every case 1 of its series, or keeps the one supplied; the real series has its own test. */
    public static final ReferenceNumbering FIRST_OF_SERIES = (prefix, receivedOn, supplied, caseId) ->
            supplied.orElseGet(() -> new CaseReference(prefix, ReportingYear.containing(receivedOn), 1));

    private TestRules() {
    }

    public static ComplaintRules onToday() {
        return new ComplaintRules(ProcedurePolicies.defaults(), ReviewPanelTimetable.defaults(), ReferenceData.defaults(),
                ReminderLadder.defaults(), WorkingDayCalendar.englandAndWales(),
                Clock.fixed(TODAY.atStartOfDay(LONDON).toInstant(), LONDON));
    }
}
