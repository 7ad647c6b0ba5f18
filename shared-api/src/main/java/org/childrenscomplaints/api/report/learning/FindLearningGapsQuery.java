package org.childrenscomplaints.api.report.learning;

/** The learning still owed as of today: upheld complaints with none captured, and overdue actions. */
public record FindLearningGapsQuery() {
}
