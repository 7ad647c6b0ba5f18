package org.childrenscomplaints.command.policy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statutory review panel's timetable and the comments' clock: defaults, a council's own, and nonsense refused. */
class TimetablesTest {

    @Test
    void theReviewPanelMeetsWithin30ReportsWithin5AndTheCouncilRespondsWithin15WorkingDays() {
        assertThat(ReviewPanelTimetable.defaults()).isEqualTo(new ReviewPanelTimetable(30, 5, 15));
        assertThat(new Binder(new MapConfigurationPropertySource(Map.of("complaints.review-panel.panel-within", "25")))
                .bindOrCreate("complaints.review-panel", ReviewPanelTimetable.class))
                .isEqualTo(new ReviewPanelTimetable(25, 5, 15));
        assertThatThrownBy(() -> new ReviewPanelTimetable(-1, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommentIsAcknowledgedWithin5AndAnsweredWithin10WorkingDays() {
        assertThat(CommentPolicy.defaults()).isEqualTo(new CommentPolicy(5, 10));
        assertThatThrownBy(() -> new Binder(new MapConfigurationPropertySource(Map.of("complaints.comments.respond-within", "-3")))
                .bindOrCreate("complaints.comments", CommentPolicy.class)).isInstanceOf(BindException.class);
    }
}
