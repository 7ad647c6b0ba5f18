package org.childrenscomplaints.query.notification;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.Complainant;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.ReminderFiredEvent;
import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.query.BatchedDocuments;
import org.childrenscomplaints.query.EmbeddedMongo;
import org.childrenscomplaints.query.notification.OrganisationDirectory.Person;
import org.childrenscomplaints.query.notification.OrganisationDirectory.Team;
import org.springframework.mail.javamail.JavaMailSender;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The notifier, the outbox and the dispatcher as the app wires them, on the embedded MongoDB and the
 * council's clock set to Thursday 9 April 2026, 09:00 in London; mail to a relay, or to the log.
 */
final class NotificationFixture implements AutoCloseable {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate THURSDAY = LocalDate.of(2026, 4, 9);
    static final String TEAM = "Children in Care 1";

    static final String ALLOCATED = "a.manager";
    static final String TEAM_MANAGER = "t.manager";
    static final String SERVICE_MANAGER = "s.manager";
    static final String HEAD_OF_SERVICE = "h.service";
    static final String DIRECTOR = "d.director";
    static final String DIGEST_READER = "g.digest";

    /** A complainant no mail may ever mention. */
    static final Complainant COMPLAINANT = new Complainant(ComplainantRelationship.PARENT, "Zebedee Quixote-Marchbanks",
            "zebedee.qm@example.net", "07700 900123", "1 Unlikely Lane, Nowhere");
    static final String SUMMARY = "Placement breakdown for Xanthippe Quixote-Marchbanks at the Ambleside home";

    static final OrganisationDirectory DIRECTORY = new OrganisationDirectory(DIRECTOR,
            List.of(new Team(TEAM, TEAM_MANAGER, SERVICE_MANAGER, HEAD_OF_SERVICE)),
            List.of(person(ALLOCATED, false), person(TEAM_MANAGER, false), person(SERVICE_MANAGER, false),
                    person(HEAD_OF_SERVICE, false), person(DIRECTOR, false), person(DIGEST_READER, true)));

    /** Short waits, as the app would be configured for a test: a first retry after a minute, at most four. */
    static final NotificationSettings SETTINGS = new NotificationSettings(URI.create("https://complaints.example.gov.uk/cases"),
            "complaints@example.gov.uk", Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofMinutes(4),
            Duration.ofMinutes(5), LocalTime.of(7, 30));

    final MutableClock clock = new MutableClock(THURSDAY.atTime(9, 0).atZone(LONDON).toInstant(), LONDON);
    final EmbeddedMongo mongo = new EmbeddedMongo();
    final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    final Outbox outbox = new Outbox(mongo.template());
    final EscalationChain chain = new EscalationChain(DIRECTORY);
    final ReminderNotifier notifier;
    final MailDispatcher dispatcher;
    private final AnnotationEventHandlerAdapter handlers;

    /** @param relay null for the embedded default: no mail server, mail to the log */
    NotificationFixture(JavaMailSender relay) {
        notifier = new ReminderNotifier(new BatchedDocuments(mongo.template()), outbox, chain, new NotificationStart(mongo.template(), clock),
                clock);
        handlers = new AnnotationEventHandlerAdapter(notifier);
        dispatcher = new MailDispatcher(outbox, new MailTemplates(calendar, SETTINGS), new Mailer(relay, SETTINGS),
                SETTINGS, clock);
    }

    static String address(String personId) {
        return personId + "@example.gov.uk";
    }

    private static Person person(String id, boolean digest) {
        return new Person(id, address(id), digest);
    }

    /** A statutory complaint received on 1 April by the team, its Stage 1 allocated to {@link #ALLOCATED}. */
    UUID allocatedComplaint(String reference) {
        UUID caseId = UUID.nameUUIDFromBytes(reference.getBytes());
        deliver(new ComplaintReceivedEvent(caseId, reference, Procedure.STATUTORY, LocalDate.of(2026, 4, 1),
                Channel.EMAIL, COMPLAINANT, "CIC", TEAM, List.of("DELAY"), SUMMARY, null, null, null, false,
                LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 15)));
        deliver(new ComplaintAllocatedEvent(caseId, Stage.STAGE_1, ALLOCATED, "Alex Manager", null, null));
        return caseId;
    }

    /** The reminder event (its id is {@code eventId}) as the notifier's processor hands it over, fired now. */
    void fire(String eventId, UUID caseId, ReminderLevel level, ClockType clockType, LocalDate dueDate) {
        deliver(new ReminderFiredEvent(caseId, Stage.STAGE_1, clockType, level, dueDate), eventId, Instant.now());
    }

    void deliver(Object event) {
        deliver(event, UUID.randomUUID().toString(), Instant.now());
    }

    void deliver(Object event, String eventId, Instant timestamp) {
        try {
            handlers.handle(new GenericDomainEventMessage<>("Complaint", "case", 0, event, MetaData.emptyInstance(),
                    eventId, timestamp));
        } catch (Exception e) {
            throw new IllegalStateException("The notifier failed on " + event, e);
        }
    }

    List<Delivery> deliveries() {
        return outbox.list(null, 0, 1000);
    }

    @Override
    public void close() {
        mongo.close();
    }
}
