package org.childrenscomplaints.query;

import org.childrenscomplaints.api.reference.CaseKeys;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Locale;

/**
 * Finds a case's document by the {@code {id}} of a path: its uuid (either case) or its readable
 * reference. One or the other, never both in an {@code $or}: each alone is found through its unique
 * index, where the embedded MongoDB answers an {@code $or} by reading every case.
 */
public final class ByIdOrReference {

    private ByIdOrReference() {
    }

    public static Query of(String key) {
        return Query.query(CaseKeys.asUuid(key)
                .map(id -> Criteria.where("_id").is(id.toString()))
                .orElseGet(() -> Criteria.where("reference").is(key.strip().toUpperCase(Locale.ROOT))));
    }
}
