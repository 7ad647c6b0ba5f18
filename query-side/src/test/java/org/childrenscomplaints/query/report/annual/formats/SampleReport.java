package org.childrenscomplaints.query.report.annual.formats;

import org.childrenscomplaints.api.report.AnnualReport;
import org.childrenscomplaints.api.report.AnnualReport.Change;
import org.childrenscomplaints.api.report.AnnualReport.LearningEntry;
import org.childrenscomplaints.api.report.AnnualReport.ProcedureFigures;
import org.childrenscomplaints.api.report.AnnualReport.Stage1Timeliness;
import org.childrenscomplaints.api.report.AnnualReport.Stage2Timeliness;
import org.childrenscomplaints.api.report.AnnualReport.Totals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Annual reports with figures from the seed report 2019/20, and learning whose free text tries to be a formula or markup. */
final class SampleReport {

    static final String FORMULA_SUMMARY = "=HYPERLINK(\"http://example.org\",\"Open\")";
    static final String MARKUP_ACTION = "-Remind staff <script>alert(1)</script>, \"in writing\"";

    private SampleReport() {
    }

    static AnnualReport of2019() {
        Map<String, ProcedureFigures> procedures = new LinkedHashMap<>();
        procedures.put("STATUTORY", new ProcedureFigures(28, ordered("CIC", 6, "ASS", 5),
                ordered("QUALITY_OF_SERVICE_SUPPORT", 12, "STAFF_BEHAVIOUR", 5), 33, 10,
                ordered("NOT_UPHELD", 14, "PARTIALLY_UPHELD", 5, "UPHELD", 4), new Stage1Timeliness(9, 7, 9, 3), 32, 57,
                new Stage2Timeliness(0, 1, 0, 1), 2, 1, 2));
        procedures.put("CORPORATE", new ProcedureFigures(174, ordered("Court Team", 30), ordered("STAFF_BEHAVIOUR", 43),
                202, 16, ordered("NOT_UPHELD", 117), new Stage1Timeliness(40, 26, 100, 8), 23, 38,
                new Stage2Timeliness(0, 0, 0, 0), 0, 0, 0));
        procedures.put("SEND", new ProcedureFigures(0, Map.of(), Map.of(), 0, 0, Map.of(), new Stage1Timeliness(0, 0, 0, 0),
                null, null, new Stage2Timeliness(0, 0, 0, 0), 0, 0, 0));
        return new AnnualReport(2019, LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31),
                new Totals(202, 28, 174, 54, 12, 108, 29, 14), new Totals(205, 91, 114, 28, 21, 82, 0, 14),
                new Change(-1, -69, 53, 93, -43, 32, null, 0), procedures,
                ordered("UPHELD_FAULT_INJUSTICE", 1, "NOT_UPHELD_NO_FAULT", 1),
                ordered("Early Help", 13, "@Court Team", 10),
                List.of(new LearningEntry("ST-2019-0003", "PROVIDE_TRAINING", FORMULA_SUMMARY,
                                List.of("Leaflets in every office", MARKUP_ACTION), true),
                        new LearningEntry("CO-2019-0010", "IMPROVE_COMMUNICATION", "Calls were not returned", List.of(), false)));
    }

    /** A year with nothing received, to compare with. */
    static AnnualReport empty(int year) {
        Totals none = new Totals(0, 0, 0, 0, 0, 0, 0, 0);
        return new AnnualReport(year, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), none, none,
                new Change(null, null, null, null, null, null, null, null), Map.of(), Map.of(), Map.of(), List.of());
    }

    /** Counts in the order given, as the report lists them (largest first). */
    static Map<String, Integer> ordered(Object... itemsAndCounts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < itemsAndCounts.length; i += 2) {
            counts.put((String) itemsAndCounts[i], (Integer) itemsAndCounts[i + 1]);
        }
        return counts;
    }
}
