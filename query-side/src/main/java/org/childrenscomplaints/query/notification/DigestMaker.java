package org.childrenscomplaints.query.notification;

import org.axonframework.queryhandling.QueryGateway;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.tracker.FindOpenClocksQuery;
import org.childrenscomplaints.api.tracker.OpenClock;
import org.childrenscomplaints.api.tracker.OpenClocksPage;
import org.childrenscomplaints.query.notification.OrganisationDirectory.Person;
import org.childrenscomplaints.query.rebuild.ReadModelRebuild;
import org.childrenscomplaints.query.rebuild.ReadModelStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Makes each working day's digest for everyone who asked for one, once the day's digest time has
 * passed: every open clock they hear of, most urgent first, from the tracker. A digest's id is the
 * person and the day, so it is made once a day whatever restarts or other instances do.
 */
@Component
public class DigestMaker {

    static final String TRACKER = "tracker";

    private final OrganisationDirectory directory;
    private final EscalationChain chain;
    private final Outbox outbox;
    private final QueryGateway queries;
    private final ReadModelRebuild readModels;
    private final WorkingDayCalendar calendar;
    private final NotificationSettings settings;
    private final ReminderThresholds thresholds;
    private final Clock clock;

    public DigestMaker(OrganisationDirectory directory, EscalationChain chain, Outbox outbox, QueryGateway queries,
                       ReadModelRebuild readModels, WorkingDayCalendar calendar, NotificationSettings settings, Clock clock,
                       @Value("${complaints.reminders.approaching-working-days-before:2}") int approachingBefore,
                       @Value("${complaints.reminders.overdue-working-days-after:1}") int overdueAfter,
                       @Value("${complaints.reminders.escalated-working-days-after:5}") int escalatedAfter) {
        this.directory = directory;
        this.chain = chain;
        this.outbox = outbox;
        this.queries = queries;
        this.readModels = readModels;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
        this.thresholds = new ReminderThresholds(approachingBefore, overdueAfter, escalatedAfter);
    }

    public void makeDue() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        if (now.toLocalTime().isBefore(settings.digestAt()) || !calendar.isWorkingDay(today)) {
            return;
        }
        List<Person> waiting = directory.digestReaders().stream()
                .filter(person -> !outbox.contains(Delivery.digestId(person.id(), today)))
                .toList();
        // a tracker being rebuilt (or not yet read through) would leave clocks out of a mail sent once a day
        if (waiting.isEmpty() || !trackerCaughtUp()) {
            return;
        }
        List<OpenClock> openClocks = queries.query(new FindOpenClocksQuery(null, null, null, null, null, null, null),
                OpenClocksPage.class).join().clocks();
        for (Person person : waiting) {
            outbox.add(Delivery.digest(person, today, linesFor(person, openClocks), clock.instant()));
        }
    }

    /** The clocks the person hears of, in the tracker's order (most urgent first). */
    private List<DigestLine> linesFor(Person person, List<OpenClock> openClocks) {
        return openClocks.stream()
                .filter(open -> chain.tells(person.id(), thresholds.reached(open.workingDaysLeft()), open.managerId(),
                        open.team()))
                .map(open -> new DigestLine(open.reference(), open.procedure(), open.stage(), open.clock(),
                        open.dueDate(), open.workingDaysLeft()))
                .toList();
    }

    private boolean trackerCaughtUp() {
        return readModels.status().stream().filter(status -> status.name().equals(TRACKER))
                .allMatch(ReadModelStatus::caughtUp);
    }
}
