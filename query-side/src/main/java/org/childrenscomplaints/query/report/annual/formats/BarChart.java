package org.childrenscomplaints.query.report.annual.formats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart laid out in SVG user units: every coordinate the template places, so the
 * template holds no arithmetic. Bars are scaled to the largest value; a label too long for its
 * column is shortened, since the table beside each chart gives it in full.
 *
 * @param headings the groups' names, each on a row of its own above its bars
 * @param bars     top to bottom; {@code series} picks a bar's colour
 */
public record BarChart(int width, int height, List<Heading> headings, List<Bar> bars) {

    static final int WIDTH = 600;
    /** Wide enough for MAX_LABEL_LENGTH characters of 12px Arial. */
    static final int LABEL_COLUMN = 220;
    /** Room right of the longest bar for its value. */
    static final int VALUE_ROOM = 50;
    static final int PLOT_WIDTH = WIDTH - LABEL_COLUMN - VALUE_ROOM;
    static final int ROW = 24;
    static final int BAR_HEIGHT = 16;
    static final int MAX_LABEL_LENGTH = 32;
    private static final int GAP = 6;
    /** From a row's top to the baseline of 12px text centred on the bar. */
    private static final int BASELINE = 16;

    public record Heading(String text, int y) {
    }

    public record Bar(String label, String shownLabel, int value, int series, int y, int length, int textY, int valueX) {
    }

    /** Bars under a heading (none for a plain chart). */
    public record Group(String heading, Map<String, Integer> values) {
    }

    /** One bar per entry, in the map's order, all of one colour. */
    public static BarChart of(Map<String, Integer> values) {
        return layOut(List.of(new Group(null, values)), false);
    }

    /** Groups of bars that compare the same things (years, say): a bar's place in its group is its series, its colour. */
    public static BarChart grouped(List<Group> groups) {
        return layOut(groups, true);
    }

    private static BarChart layOut(List<Group> groups, boolean seriesByPlace) {
        int largest = groups.stream().map(Group::values).map(Map::values).flatMap(Collection::stream)
                .mapToInt(Integer::intValue).max().orElse(0);
        List<Heading> headings = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        int top = 0;
        for (Group group : groups) {
            if (group.heading() != null) {
                headings.add(new Heading(group.heading(), top + BASELINE));
                top += ROW;
            }
            int place = 0;
            for (Map.Entry<String, Integer> entry : group.values().entrySet()) {
                int length = length(entry.getValue(), largest);
                bars.add(new Bar(entry.getKey(), shortened(entry.getKey()), entry.getValue(), seriesByPlace ? place++ : 0,
                        top + (ROW - BAR_HEIGHT) / 2, length, top + BASELINE, LABEL_COLUMN + length + GAP));
                top += ROW;
            }
        }
        return new BarChart(WIDTH, top, List.copyOf(headings), List.copyOf(bars));
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /** Where labels end: they are right-aligned against the bars. */
    public int labelX() {
        return LABEL_COLUMN - GAP;
    }

    public int plotX() {
        return LABEL_COLUMN;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    /** In proportion to the largest value; never so short that a count above zero looks like none. */
    private static int length(int value, int largest) {
        if (value <= 0) {
            return 0;
        }
        return Math.max(1, (int) Math.round((double) value * PLOT_WIDTH / largest));
    }

    private static String shortened(String label) {
        if (label.codePointCount(0, label.length()) <= MAX_LABEL_LENGTH) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, MAX_LABEL_LENGTH - 1)) + "…";
    }
}
