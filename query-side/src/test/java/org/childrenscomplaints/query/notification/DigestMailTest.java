package org.childrenscomplaints.query.notification;

import org.axonframework.queryhandling.QueryGateway;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.tracker.FindOpenClocksQuery;
import org.childrenscomplaints.api.tracker.OpenClock;
import org.childrenscomplaints.api.tracker.OpenClocksPage;
import org.childrenscomplaints.api.tracker.Rag;
import org.childrenscomplaints.query.notification.MailRelay.Received;
import org.childrenscomplaints.query.rebuild.ReadModelRebuild;
import org.childrenscomplaints.query.rebuild.ReadModelStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenscomplaints.api.complaint.ReminderLevel.APPROACHING;
import static org.childrenscomplaints.query.notification.NotificationFixture.DIGEST_READER;
import static org.childrenscomplaints.query.notification.NotificationFixture.LONDON;
import static org.childrenscomplaints.query.notification.NotificationFixture.SERVICE_MANAGER;
import static org.childrenscomplaints.query.notification.NotificationFixture.TEAM;
import static org.childrenscomplaints.query.notification.NotificationFixture.THURSDAY;
import static org.childrenscomplaints.query.notification.NotificationFixture.address;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The daily digest for those who asked for one, from the tracker's open clocks, through a real SMTP server. */
class DigestMailTest {

    private final MailRelay relay = new MailRelay();
    private final NotificationFixture app = new NotificationFixture(relay.sender());
    private final QueryGateway tracker = mock(QueryGateway.class);
    private final ReadModelRebuild readModels = mock(ReadModelRebuild.class);

    @AfterEach
    void stop() {
        app.close();
        relay.close();
    }

    @Test
    void aDigestReaderGetsNoMailPerReminderButOneDigestADayOfTheirClocksMostUrgentFirst() {
        UUID complaint = app.allocatedComplaint("ST-2026-0001");
        app.deliver(new ComplaintAllocatedEvent(complaint, Stage.STAGE_1, DIGEST_READER, null, null, null));
        app.fire("approaching", complaint, APPROACHING, ClockType.RESPONSE, LocalDate.of(2026, 4, 15));
        trackerShows(
                clock("ST-2026-0009", "someone.else", LocalDate.of(2026, 4, 1), -6),
                clock("ST-2026-0002", DIGEST_READER, LocalDate.of(2026, 4, 7), -2),
                clock("ST-2026-0001", DIGEST_READER, LocalDate.of(2026, 4, 15), 4),
                clock("ST-2026-0003", DIGEST_READER, LocalDate.of(2026, 5, 15), 25));
        app.clock.set(THURSDAY.atTime(7, 0).atZone(LONDON).toInstant());

        tick(digestMaker());
        assertThat(relay.receivedBy(address(DIGEST_READER))).isEmpty();
        assertThat(app.deliveries()).filteredOn(delivery -> delivery.recipient().equals(DIGEST_READER))
                .singleElement().extracting(Delivery::status).isEqualTo(DeliveryStatus.IN_DIGEST);

        app.clock.advance(Duration.ofMinutes(31));
        tick(digestMaker());
        // the app started again the same day: a new maker, the same outbox
        tick(digestMaker());
        app.clock.advance(Duration.ofHours(8));
        tick(digestMaker());

        List<Received> digests = relay.receivedBy(address(DIGEST_READER));
        assertThat(digests).singleElement().satisfies(digest -> {
            assertThat(digest.subject()).isEqualTo("Complaints digest for Thursday 9 April 2026: 3 open clocks, 1 overdue");
            assertThat(digest.text()).doesNotContain("ST-2026-0009");
            for (String part : List.of(digest.text(), digest.html())) {
                assertThat(part).containsSubsequence("ST-2026-0002", "2 working days overdue", "ST-2026-0001",
                        "4 working days left", "ST-2026-0003", "25 working days left");
            }
        });
        // the service manager takes reminders one by one
        assertThat(relay.receivedBy(address(SERVICE_MANAGER))).hasSize(1);
    }

    @Test
    void noDigestIsMadeWhileTheTrackerIsBeingRebuiltNorOnADayThatIsNotAWorkingDay() {
        trackerShows(clock("ST-2026-0002", DIGEST_READER, LocalDate.of(2026, 4, 7), -2));
        when(readModels.status()).thenReturn(List.of(new ReadModelStatus(DigestMaker.TRACKER, true, true, false, false)));
        tick(digestMaker());
        assertThat(app.deliveries()).isEmpty();

        // Easter Monday
        app.clock.set(LocalDate.of(2026, 4, 6).atTime(9, 0).atZone(LONDON).toInstant());
        trackerShows(clock("ST-2026-0002", DIGEST_READER, LocalDate.of(2026, 4, 7), 1));
        tick(digestMaker());
        assertThat(app.deliveries()).isEmpty();
    }

    private void tick(DigestMaker digests) {
        digests.makeDue();
        app.dispatcher.dispatchDue();
    }

    private DigestMaker digestMaker() {
        return new DigestMaker(NotificationFixture.DIRECTORY, app.chain, app.outbox, tracker, readModels, app.calendar,
                NotificationFixture.SETTINGS, app.clock, 2, 1, 5);
    }

    private void trackerShows(OpenClock... clocks) {
        when(tracker.query(any(FindOpenClocksQuery.class), eq(OpenClocksPage.class)))
                .thenReturn(CompletableFuture.completedFuture(new OpenClocksPage(List.of(clocks), clocks.length)));
        when(readModels.status()).thenReturn(List.of(new ReadModelStatus(DigestMaker.TRACKER, true, false, true, false)));
    }

    private static OpenClock clock(String reference, String managerId, LocalDate dueDate, int workingDaysLeft) {
        return new OpenClock(UUID.nameUUIDFromBytes(reference.getBytes()), reference, Procedure.STATUTORY, Stage.STAGE_1,
                ClockType.RESPONSE, "CIC", TEAM, managerId, dueDate, workingDaysLeft, Rag.of(workingDaysLeft), false, false);
    }
}
