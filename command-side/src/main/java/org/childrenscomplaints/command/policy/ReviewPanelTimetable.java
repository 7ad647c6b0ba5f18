package org.childrenscomplaints.command.policy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code complaints.review-panel.*}: the statutory Stage 3 timetable, in working days: the panel
 * meets within {@code panelWithin} of the request, reports within {@code reportWithin} of meeting,
 * and the council responds within {@code responseWithin} of the report.
 */
@ConfigurationProperties("complaints.review-panel")
public record ReviewPanelTimetable(Integer panelWithin, Integer reportWithin, Integer responseWithin) {

    public ReviewPanelTimetable {
        panelWithin = panelWithin == null ? 30 : panelWithin;
        reportWithin = reportWithin == null ? 5 : reportWithin;
        responseWithin = responseWithin == null ? 15 : responseWithin;
        if (panelWithin < 0 || reportWithin < 0 || responseWithin < 0) {
            throw new IllegalArgumentException("the review panel's time limits must be zero or more working days");
        }
    }

    public static ReviewPanelTimetable defaults() {
        return new ReviewPanelTimetable(null, null, null);
    }
}
