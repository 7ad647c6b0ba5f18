package org.childrenscomplaints.query;

import org.childrenscomplaints.api.reference.CaseKeys;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Locale;

/** Finds a case's document by the {@code {id}} of a path: its uuid (either case) or its readable reference. */
public final class ByIdOrReference {

    private ByIdOrReference() {
    }

    public static Query of(String key) {
        return new Query(new Criteria().orOperator(
                Criteria.where("_id").is(CaseKeys.stored(key)),
                Criteria.where("reference").is(key.strip().toUpperCase(Locale.ROOT))));
    }
}
