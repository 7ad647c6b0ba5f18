package org.childrenscomplaints.query.report.annual.formats;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record of counts (the report's totals, their changes, the timeliness bands) as name and value,
 * in the order the record declares them. Read from the record itself so the formats name each
 * figure exactly as the contract's JSON does, and a figure added to the record is never forgotten.
 */
final class RecordCounts {

    private RecordCounts() {
    }

    static Map<String, Integer> of(Record counts) {
        Map<String, Integer> named = new LinkedHashMap<>();
        for (RecordComponent component : counts.getClass().getRecordComponents()) {
            named.put(component.getName(), (Integer) valueOf(component, counts));
        }
        return named;
    }

    private static Object valueOf(RecordComponent component, Record counts) {
        try {
            return component.getAccessor().invoke(counts);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + counts, e);
        }
    }
}
