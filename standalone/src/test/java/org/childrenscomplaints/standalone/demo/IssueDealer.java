package org.childrenscomplaints.standalone.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Gives each complaint of a cohort one issue, and some a second, so that the issues count as the cohort
 * says. The upheld complaints take the issues the seed says they were about and never a second one, so
 * "7 of the 17 EHCP delays were upheld" stays true of the rows.
 */
final class IssueDealer {

    private final Random random;

    IssueDealer(Random random) {
        this.random = random;
    }

    void deal(List<ComplaintRow> rows, Map<String, Integer> issues, Map<String, Integer> upheldFirstIssues) {
        List<String> pool = new ArrayList<>();
        issues.forEach((issue, count) -> pool.addAll(Collections.nCopies(count, issue)));
        Collections.shuffle(pool, random);
        List<String> upheldIssues = new ArrayList<>();
        upheldFirstIssues.forEach((issue, count) -> upheldIssues.addAll(Collections.nCopies(count, issue)));
        upheldIssues.forEach(pool::remove);

        for (ComplaintRow row : rows) {
            if (Cohort.UPHELD.equals(row.stage1Outcome)) {
                row.issues.add(upheldIssues.isEmpty() ? takeOtherThan(pool, upheldFirstIssues.keySet().stream().toList())
                        : upheldIssues.remove(0));
            }
        }
        for (ComplaintRow row : rows) {
            if (row.issues.isEmpty()) {
                row.issues.add(pool.remove(pool.size() - 1));
            }
        }
        List<ComplaintRow> secondIssueTakers = new ArrayList<>(rows.stream()
                .filter(row -> !Cohort.UPHELD.equals(row.stage1Outcome)).toList());
        Collections.shuffle(secondIssueTakers, random);
        for (String issue : pool) {
            ComplaintRow taker = secondIssueTakers.stream().filter(row -> row.issues.size() == 1
                    && !row.issues.contains(issue)).findFirst().orElseThrow();
            taker.issues.add(issue);
        }
    }

    private static String takeOtherThan(List<String> pool, List<String> excluded) {
        for (int i = pool.size() - 1; i >= 0; i--) {
            if (!excluded.contains(pool.get(i))) {
                return pool.remove(i);
            }
        }
        throw new IllegalStateException("no issue left for an upheld complaint");
    }
}
