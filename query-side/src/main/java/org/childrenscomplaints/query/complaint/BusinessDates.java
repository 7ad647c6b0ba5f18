package org.childrenscomplaints.query.complaint;

import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintDeclinedEvent;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ComplaintWithdrawnEvent;
import org.childrenscomplaints.api.complaint.ExtensionAgreedEvent;
import org.childrenscomplaints.api.complaint.LearningActionCompletedEvent;
import org.childrenscomplaints.api.complaint.LearningCapturedEvent;
import org.childrenscomplaints.api.complaint.OmbudsmanDecisionRecordedEvent;
import org.childrenscomplaints.api.complaint.PanelReportReceivedEvent;
import org.childrenscomplaints.api.complaint.RemedyCompletedEvent;
import org.childrenscomplaints.api.complaint.ReviewPanelHeldEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The day each of a case's events happened in the business: the date an officer entered (received
 * on, responded on...), which may be long before the day it was recorded.
 */
final class BusinessDates {

    private static final Map<Class<?>, Function<Object, LocalDate>> DATED = Map.ofEntries(
            dated(ComplaintReceivedEvent.class, ComplaintReceivedEvent::receivedOn),
            dated(ComplaintAcknowledgedEvent.class, ComplaintAcknowledgedEvent::acknowledgedOn),
            dated(ExtensionAgreedEvent.class, ExtensionAgreedEvent::agreedOn),
            dated(ComplaintRespondedEvent.class, ComplaintRespondedEvent::respondedOn),
            dated(ComplaintEscalatedEvent.class, ComplaintEscalatedEvent::requestedOn),
            dated(ReviewPanelHeldEvent.class, ReviewPanelHeldEvent::heldOn),
            dated(PanelReportReceivedEvent.class, PanelReportReceivedEvent::receivedOn),
            dated(ComplaintWithdrawnEvent.class, ComplaintWithdrawnEvent::withdrawnOn),
            dated(ComplaintDeclinedEvent.class, ComplaintDeclinedEvent::declinedOn),
            dated(LearningCapturedEvent.class, LearningCapturedEvent::capturedOn),
            dated(LearningActionCompletedEvent.class, LearningActionCompletedEvent::completedOn),
            dated(OmbudsmanDecisionRecordedEvent.class, OmbudsmanDecisionRecordedEvent::decidedOn),
            dated(RemedyCompletedEvent.class, RemedyCompletedEvent::completedOn));

    private BusinessDates() {
    }

    /** One recorded event: its payload and the day (council time) it was recorded. */
    record Recorded(Object payload, LocalDate recordedOn) {
    }

    /**
     * The business date of each event, in the same order. An event that carries no date of its own
     * (an allocation, a delay reason, a reclassification) happened on the day it was recorded, or,
     * when that is later than the next dated event (history entered afterwards, an import), no
     * later than that event: an allocation recorded today for a response dated last year happened
     * before that response.
     */
    static List<LocalDate> of(List<Recorded> events) {
        LocalDate[] dates = new LocalDate[events.size()];
        LocalDate nextDated = null;
        for (int i = events.size() - 1; i >= 0; i--) {
            Recorded event = events.get(i);
            LocalDate own = dateOf(event.payload());
            if (own != null) {
                dates[i] = own;
                nextDated = own;
            } else {
                dates[i] = nextDated != null && nextDated.isBefore(event.recordedOn()) ? nextDated : event.recordedOn();
            }
        }
        return List.of(dates);
    }

    private static LocalDate dateOf(Object payload) {
        Function<Object, LocalDate> date = DATED.get(payload.getClass());
        return date == null ? null : date.apply(payload);
    }

    private static <E> Map.Entry<Class<?>, Function<Object, LocalDate>> dated(Class<E> type, Function<E, LocalDate> date) {
        return Map.entry(type, payload -> date.apply(type.cast(payload)));
    }
}
