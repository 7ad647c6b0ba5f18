package org.childrenscomplaints.query.report.annual;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.queryhandling.QueryHandler;
import org.childrenscomplaints.api.report.AnnualReport;
import org.childrenscomplaints.api.report.AnnualReport.LearningEntry;
import org.childrenscomplaints.api.report.FindAnnualReportQuery;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Objects;

/**
 * Answers the annual report from the year's figures and learning table: a fixed number of
 * documents whatever the year's size, and none of any other year but the one before.
 * <p>
 * A report, once assembled, is kept until what it was assembled from changes
 * ({@link YearRevisions}): at national scale a year lists tens of thousands of lessons (5 MB of
 * JSON for 14,315), and reading and assembling them for every request took longer than a report may
 * (docs/benchmarks.md, fifteenth and sixteenth rounds), while a past year's figures and learning
 * change a few times a day at most. The revisions are read first, so a kept report holds every
 * change renewed before its revisions were read. Each app instance keeps its own. A kept report
 * is assembled again after ten minutes all the same, so a write that renews no revision (an
 * instance of a release from before revisions, a repair by hand in MongoDB) shows within that time.
 */
@Component
public class AnnualReportQueryHandler {

    /** What the kept reports may take in memory together, roughly, in bytes: a few years at national scale. */
    private static final int BYTES_KEPT = 32 * 1024 * 1024;
    /** A report's objects besides its lessons: totals and the procedures' breakdowns, a few hundred counts. */
    private static final int BYTES_PER_REPORT = 32 * 1024;
    /** A lesson's objects besides its text: the record, its list, and each string's header. */
    private static final int BYTES_PER_LESSON = 200;
    private static final int BYTES_PER_ACTION = 48;
    private static final Duration KEPT_AT_MOST = Duration.ofMinutes(10);

    private record Kept(YearRevisions.OfAReport revisions, AnnualReport report) {
    }

    private final YearFiguresStore figures;
    private final LearningTable learning;
    private final YearRevisions revisions;
    private final Cache<Integer, Kept> kept = Caffeine.newBuilder()
            .maximumWeight(BYTES_KEPT)
            .weigher((Integer year, Kept report) -> bytesOf(report.report()))
            .expireAfterWrite(KEPT_AT_MOST)
            .build();

    public AnnualReportQueryHandler(YearFiguresStore figures, LearningTable learning, YearRevisions revisions) {
        this.figures = figures;
        this.learning = learning;
        this.revisions = revisions;
    }

    @QueryHandler
    public AnnualReport handle(FindAnnualReportQuery query) {
        int year = query.year();
        // first: what is read after them holds at least every change they stand for
        YearRevisions.OfAReport current = revisions.ofAReport(year);
        Kept report = kept.getIfPresent(year);
        if (report != null && Objects.equals(report.revisions(), current)) {
            return report.report();
        }
        AnnualReport assembled = AnnualReportAssembler.assemble(year, figures.countsOf(year), figures.countsOf(year - 1),
                learning.of(year));
        kept.put(year, new Kept(current, assembled));
        return assembled;
    }

    /** Text taken as one byte a character, as Java keeps Latin-1 text; text with other characters takes twice that. */
    private static int bytesOf(AnnualReport report) {
        int bytes = BYTES_PER_REPORT;
        for (LearningEntry lesson : report.learning()) {
            bytes += BYTES_PER_LESSON + lengthOf(lesson.reference()) + lengthOf(lesson.category()) + lengthOf(lesson.summary());
            for (String action : lesson.actions()) {
                bytes += BYTES_PER_ACTION + lengthOf(action);
            }
        }
        return bytes;
    }

    private static int lengthOf(String text) {
        return text == null ? 0 : text.length();
    }
}
