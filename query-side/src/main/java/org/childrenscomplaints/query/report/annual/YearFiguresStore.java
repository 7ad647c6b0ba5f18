package org.childrenscomplaints.query.report.annual;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/** Adds contacts' counts to the years' figures, each event's once, and sums a year's figures back up. */
@Component
class YearFiguresStore {

    /** Enough that a national year's contacts (a million) leave each share's {@code applied} well under a megabyte. */
    static final int SHARES = 64;

    private final MongoTemplate mongo;

    YearFiguresStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Adds {@code change} to the year, unless this contact's event {@code sequence} was already counted there. */
    void add(int year, String contactId, long sequence, Map<String, Integer> change) {
        String shareId = year + "#" + Math.floorMod(contactId.hashCode(), SHARES);
        mongo.upsert(Query.query(Criteria.where("_id").is(shareId)), new Update().setOnInsert("year", year),
                YearFigures.class);
        String applied = "applied." + contactId;
        Query notYetCounted = Query.query(Criteria.where("_id").is(shareId)
                .orOperator(Criteria.where(applied).exists(false), Criteria.where(applied).lt(sequence)));
        Update update = new Update().set(applied, sequence);
        change.forEach((key, n) -> update.inc("counts." + key, n));
        mongo.updateFirst(notYetCounted, update, YearFigures.class);
    }

    /** The year's counts by key (zero counts left out). */
    Map<String, Integer> countsOf(int year) {
        Query shares = Query.query(Criteria.where("year").is(year));
        shares.fields().exclude("applied");
        Map<String, Integer> counts = new HashMap<>();
        mongo.find(shares, YearFigures.class).forEach(share -> {
            if (share.counts() != null) {
                share.counts().forEach((key, n) -> counts.merge(key, n, Integer::sum));
            }
        });
        counts.values().removeIf(n -> n == 0);
        return counts;
    }
}
