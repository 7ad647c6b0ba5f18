package org.childrenscomplaints.query.report.annual;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Changes whenever any year's learning table changes ({@link LearningTable}): a fresh random value
 * each time, never a count, so a table emptied for a replay and built again never comes back to a
 * revision an app instance saw before. A collection of its own, so emptying the table for a replay
 * leaves it to be written anew rather than removes it.
 */
@Document("annual_report_learning_revision")
record LearningRevision(@Id String id, String revision) {

    static final String ID = "learning";
}
