package org.childrenscomplaints.query.report.annual;

import org.childrenscomplaints.api.report.AnnualReport.LearningEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;
import java.util.Map;

/**
 * One share of a reporting year's learning table ({@link YearShares}): the entries of each
 * complaint of the share that has learning, by complaint id, as the report lists them.
 */
@Document("annual_report_learning")
record YearLearning(@Id String id, Map<String, List<LearningEntry>> entries) {
}
