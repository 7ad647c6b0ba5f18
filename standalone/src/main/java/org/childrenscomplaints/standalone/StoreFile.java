package org.childrenscomplaints.standalone;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One of the data directory's H2 MVStore files (the event store's database, the read models), opened
 * read-only to see whether H2 can use it: a read-only open never writes a byte, so whatever it finds,
 * the file stays as it was.
 */
record StoreFile(Path path, State state, String damage) {

    enum State { ABSENT, SOUND, IN_USE, DAMAGED }

    static StoreFile inspect(Path path) {
        if (!Files.exists(path)) {
            return new StoreFile(path, State.ABSENT, null);
        }
        if (Files.isDirectory(path)) {
            return damaged(path, "it is a folder, not a file");
        }
        try {
            // H2 would take an empty file for a new store and start afresh on it
            if (Files.size(path) == 0) {
                return damaged(path, "the file is empty");
            }
        } catch (IOException e) {
            return damaged(path, e.toString());
        }
        try (MVStore store = new MVStore.Builder().fileName(path.toString()).readOnly().open()) {
            // H2 falls back to the newest version it can read, however old: on a file cut short, that can be
            // the empty store it began as; opened for writing, it would then shrink the file to that
            long recorded = DataUtils.readHexLong(store.getStoreHeader(), "version", 0);
            return store.getCurrentVersion() < recorded
                    ? damaged(path, "its newest part is missing (H2 can read it only as it was at version "
                            + store.getCurrentVersion() + ", where its header records version " + recorded + ")")
                    : new StoreFile(path, State.SOUND, null);
        } catch (MVStoreException e) {
            return e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED
                    ? new StoreFile(path, State.IN_USE, null)
                    : damaged(path, "H2 says: " + e.getMessage());
        } catch (RuntimeException e) {
            // bytes that are no store at all can fail H2 in ways it does not wrap
            return damaged(path, "H2 says: " + e);
        }
    }

    private static StoreFile damaged(Path path, String damage) {
        return new StoreFile(path, State.DAMAGED, damage);
    }
}
