package org.childrenscomplaints.query.report.annual;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.childrenscomplaints.api.calendar.ReportingYear;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.comment.CommentReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.compliment.ComplimentRecordedEvent;
import org.childrenscomplaints.api.personal.PersonalDataWriter;
import org.childrenscomplaints.query.complaint.CaseViews;
import org.childrenscomplaints.query.BatchedDocuments;
import org.childrenscomplaints.query.ReadModelProjection;
import org.childrenscomplaints.query.ReadModelReset;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;

/**
 * Keeps the annual report's figures and learning table as events arrive, so a report is a read of
 * a few documents however many contacts the years hold. Each event's change to the counts is added
 * once: the years' figures remember each contact's last counted event, and the contact is saved
 * last, so an event delivered again after a crash recomputes the same change and the figures
 * refuse it.
 */
@Component
@ProcessingGroup("annual-report")
public class AnnualReportProjection implements ReadModelProjection {

    private final MongoTemplate mongo;
    private final BatchedDocuments contacts;
    private final YearFiguresStore figures;
    private final LearningTable learning;
    private final YearRevisions revisions;
    private final AnnualCounts rules;
    private final PersonalDataWriter personalData;

    public AnnualReportProjection(MongoTemplate mongo, BatchedDocuments contacts, YearFiguresStore figures,
                                  LearningTable learning, YearRevisions revisions, WorkingDayCalendar calendar,
                                  PersonalDataWriter personalData) {
        this.mongo = mongo;
        this.contacts = contacts;
        this.figures = figures;
        this.learning = learning;
        this.revisions = revisions;
        this.rules = new AnnualCounts(calendar);
        this.personalData = personalData;
    }

    /** 2: the learning table kept by year ({@link LearningTable}) instead of found among every counted complaint. */
    @Override
    public int version() {
        return 2;
    }

    @EventHandler
    void on(ComplaintReceivedEvent event, @SequenceNumber long sequence) {
        String id = event.complaintId().toString();
        if (contacts.findById(id, ReportedContact.class) == null) {
            ComplaintView complaint = withoutPersonalData(CaseViews.received(event));
            count(null, ReportedContact.of(id, sequence, ReportingYear.containing(event.receivedOn()), complaint,
                    rules.ofComplaint(complaint)));
        }
    }

    @EventHandler
    void on(CommentReceivedEvent event, @SequenceNumber long sequence) {
        countOnce(event.commentId().toString(), sequence, event.receivedOn(), AnnualCounts.ofComment(event.receivedOn()));
    }

    @EventHandler
    void on(ComplimentRecordedEvent event, @SequenceNumber long sequence) {
        countOnce(event.complimentId().toString(), sequence, event.receivedOn(),
                AnnualCounts.ofCompliment(event.receivedOn(), event.team()));
    }

    /** Any later event of a complaint; events of contacts whose counts never change find nothing to do. */
    @EventHandler
    void on(Object event, @SourceId String contactId, @SequenceNumber long sequence) {
        ReportedContact counted = contacts.findById(contactId, ReportedContact.class);
        if (counted == null || counted.complaint() == null || sequence <= counted.lastEventSequence()) {
            return;
        }
        ComplaintView complaint = withoutPersonalData(CaseViews.apply(counted.complaint(), event));
        if (!complaint.equals(counted.complaint())) {
            count(counted, ReportedContact.of(contactId, sequence, counted.year(), complaint, rules.ofComplaint(complaint)));
        }
    }

    @ResetHandler
    void reset() {
        try {
            ReadModelReset.empty(mongo, ReportedContact.class, YearFigures.class, YearLearning.class);
        } catch (RuntimeException failed) {
            // one that stopped part-way has still removed figures an app instance may keep a report of
            try {
                revisions.renewAfterReset();
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
        revisions.renewAfterReset();
    }

    /** The report counts; it has no use for staff names, so its copy of a case never holds them. */
    private ComplaintView withoutPersonalData(ComplaintView complaint) {
        return personalData.withheld(complaint, ComplaintView.class);
    }

    private void countOnce(String id, long sequence, LocalDate receivedOn, Map<YearCount, Integer> counts) {
        if (contacts.findById(id, ReportedContact.class) == null) {
            count(null, ReportedContact.of(id, sequence, ReportingYear.containing(receivedOn), null, counts));
        }
    }

    private void count(ReportedContact before, ReportedContact after) {
        AnnualCounts.change(before == null ? Map.of() : before.countsByYear(), after.countsByYear())
                .forEach((year, change) -> figures.add(year, after.id(), after.lastEventSequence(), change));
        if (after.complaint() != null) {
            learning.update(after.year(), after.id(), before == null ? null : before.complaint(), after.complaint());
        }
        contacts.save(after.id(), after);
    }
}
