package org.childrenscomplaints.query.rebuild;

/**
 * Where one read model's processor stands in this process: {@code replaying} while a rebuild
 * re-reads the events, {@code caughtUp} once it has processed every event stored so far.
 */
public record ReadModelStatus(String name, boolean running, boolean replaying, boolean caughtUp, boolean inError) {
}
