package org.childrenscomplaints.query.report.annual;

import java.util.List;
import java.util.stream.IntStream;

/**
 * How a reporting year's documents are split by contact: into a fixed number of shares, each a
 * document with a known id, so each stays small however many contacts the year has, and a report
 * reads the year's shares by id (the embedded MongoDB finds documents through their unique index
 * alone; any other query reads the whole collection) and never the years before or after.
 */
final class YearShares {

    /** Enough that a national year's contacts (a million) leave each share well under a megabyte. */
    static final int SHARES = 64;

    private YearShares() {
    }

    /** The share of the year that holds a contact. */
    static String of(int year, String contactId) {
        return id(year, Math.floorMod(contactId.hashCode(), SHARES));
    }

    /** The ids of a year's shares, whether made yet or not. */
    static List<String> all(int year) {
        return IntStream.range(0, SHARES).mapToObj(share -> id(year, share)).toList();
    }

    private static String id(int year, int share) {
        return year + "#" + share;
    }
}
