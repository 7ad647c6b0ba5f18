package org.childrenscomplaints.api.tracker;

import java.util.List;

/** The clocks asked for, and how many match the filters in all. */
public record OpenClocksPage(List<OpenClock> clocks, long total) {
}
