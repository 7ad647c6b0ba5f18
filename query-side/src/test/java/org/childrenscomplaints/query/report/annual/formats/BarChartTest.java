package org.childrenscomplaints.query.report.annual.formats;

import org.childrenscomplaints.query.report.annual.formats.BarChart.Bar;
import org.childrenscomplaints.query.report.annual.formats.BarChart.Group;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenscomplaints.query.report.annual.formats.SampleReport.ordered;

class BarChartTest {

    @Test
    void barsAreScaledToTheLargestValue() {
        BarChart chart = BarChart.of(ordered("Early Help", 200, "Court Team", 100, "Fostering", 0));

        assertThat(BarChart.PLOT_WIDTH).isEqualTo(330);
        assertThat(chart.bars()).extracting(Bar::length).containsExactly(330, 165, 0);
        assertThat(chart.bars()).extracting(Bar::valueX).containsExactly(BarChart.LABEL_COLUMN + BarChart.PLOT_WIDTH + 6,
                BarChart.LABEL_COLUMN + BarChart.PLOT_WIDTH / 2 + 6, BarChart.LABEL_COLUMN + 6);
        assertThat(chart.bars().get(0).valueX() + 40).as("room for a value of a few digits").isLessThanOrEqualTo(chart.width());
    }

    @Test
    void aCountAboveZeroIsNeverDrawnAsNone() {
        BarChart chart = BarChart.of(ordered("Many", 100_000, "One", 1));

        assertThat(chart.bars()).extracting(Bar::length).containsExactly(BarChart.PLOT_WIDTH, 1);
    }

    @Test
    void barsStackDownwardsOneRowEachAndTheChartIsAsTallAsItsRows() {
        BarChart chart = BarChart.of(ordered("A", 1, "B", 2, "C", 3));

        assertThat(chart.bars()).extracting(Bar::y).containsExactly(4, 4 + BarChart.ROW, 4 + 2 * BarChart.ROW);
        assertThat(chart.bars()).allSatisfy(bar -> assertThat(bar.textY()).isBetween(bar.y(), bar.y() + chart.barHeight()));
        assertThat(chart.height()).isEqualTo(3 * BarChart.ROW);
        assertThat(chart.headings()).isEmpty();
        assertThat(chart.bars()).extracting(Bar::series).as("one colour").containsOnly(0);
    }

    @Test
    void groupsHaveAHeadingRowAndNumberTheirBarsForColour() {
        BarChart chart = BarChart.grouped(List.of(
                new Group("Statutory complaints", ordered("2019/20", 28, "2018/19", 91)),
                new Group("Corporate complaints", ordered("2019/20", 174, "2018/19", 114))));

        assertThat(chart.headings()).extracting(BarChart.Heading::text)
                .containsExactly("Statutory complaints", "Corporate complaints");
        assertThat(chart.headings().get(1).y()).isEqualTo(chart.headings().get(0).y() + 3 * BarChart.ROW);
        assertThat(chart.bars()).extracting(Bar::series).containsExactly(0, 1, 0, 1);
        assertThat(chart.bars()).extracting(Bar::length).as("one scale for every group")
                .containsExactly(53, 173, 330, 216);
        assertThat(chart.height()).isEqualTo(6 * BarChart.ROW);
    }

    @Test
    void aLabelTooLongForItsColumnIsShortenedAndKeptWholeForTheTable() {
        String longTeam = "Team \uD83D\uDE00 Intervention and Prevention (North) and partners";
        BarChart chart = BarChart.of(ordered(longTeam, 3, "Court Team", 2));

        Bar shortened = chart.bars().get(0);
        assertThat(shortened.label()).isEqualTo(longTeam);
        assertThat(shortened.shownLabel()).startsWith("Team \uD83D\uDE00 Intervention").endsWith("…");
        assertThat(shortened.shownLabel().codePoints().count()).as("an emoji is one character")
                .isEqualTo(BarChart.MAX_LABEL_LENGTH);
        assertThat(chart.bars().get(1).shownLabel()).isEqualTo("Court Team");
        assertThat(chart.labelX()).isLessThan(chart.plotX());
    }

    @Test
    void aChartOfNothingHasNoBarsAndNoHeight() {
        BarChart chart = BarChart.of(Map.of());

        assertThat(chart.isEmpty()).isTrue();
        assertThat(chart.height()).isZero();
        assertThat(BarChart.of(ordered("Nothing yet", 0)).bars()).extracting(Bar::length).containsExactly(0);
    }
}
