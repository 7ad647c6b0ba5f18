package org.childrenscomplaints.standalone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Looks at the data directory before anything opens it. A folder the app cannot use, a full disk, a
 * damaged event store or a data directory another process holds then stops the start with one plain
 * {@link DataDirectoryProblem}, rather than part-way through with a wall of stack traces, and before
 * H2 could take an emptied event store file for a new one. Damaged read models are moved aside:
 * they are rebuilt from the events.
 */
public class DataDirectoryCheck implements ApplicationListener<ApplicationPreparedEvent> {

    /**
     * With less, H2 fails part-way through a start's first writes (Flyway's, JobRunr's) in a wall of stack
     * traces, and there would be no room to record complaints anyway.
     */
    static final DataSize LEAST_FREE_SPACE = DataSize.ofMegabytes(10);

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryCheck.class);
    private static final DateTimeFormatter MOVED_ASIDE_AT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final DataSize leastFreeSpace;

    public DataDirectoryCheck() {
        this(LEAST_FREE_SPACE);
    }

    DataDirectoryCheck(DataSize leastFreeSpace) {
        this.leastFreeSpace = leastFreeSpace;
    }

    /** Once logging is set up and the start announced, and before the context opens any store. */
    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        check(Binder.get(event.getApplicationContext().getEnvironment())
                .bindOrCreate("complaints", DataDirectory.class));
    }

    void check(DataDirectory dataDirectory) {
        Path folder = dataDirectory.dataDir();
        prepareFolder(folder);
        StoreFile eventStore = storeFile(folder, DataDirectory.EVENT_STORE_FILE);
        if (eventStore.state() == StoreFile.State.DAMAGED) {
            throw DataDirectoryProblem.eventStoreDamaged(eventStore);
        }
        StoreFile readModels = storeFile(folder, DataDirectory.READ_MODELS_FILE);
        if (eventStore.state() == StoreFile.State.ABSENT && readModels.state() == StoreFile.State.ABSENT) {
            // a wrong path (an unmounted disk, another working directory) also looks like this: say where
            log.warn("No event store in {}: starting a new installation there. If complaints were recorded before,"
                    + " stop the app and set --complaints.data-dir to the folder that holds them.", folder);
        }
        if (eventStore.state() == StoreFile.State.ABSENT && readModels.state() != StoreFile.State.ABSENT) {
            // read models without their events: the events were lost or moved; a new, empty event store
            // would sit under read models (and their positions) that describe cases it does not hold
            throw DataDirectoryProblem.eventStoreMissing(eventStore);
        }
        if (readModels.state() == StoreFile.State.DAMAGED) {
            moveAside(readModels);
        }
    }

    private void prepareFolder(Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw DataDirectoryProblem.unusableFolder(folder, "its drive or share " + folder.getRoot() + " is not there");
        }
        String named = existing.equals(folder) ? "it" : existing.toString();
        if (!Files.isDirectory(existing)) {
            throw DataDirectoryProblem.unusableFolder(folder, named + " is a file, not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw DataDirectoryProblem.notPermitted(folder, "write to " + named);
        }
        try {
            Files.createDirectories(folder);
            long free = Files.getFileStore(folder).getUsableSpace();
            if (free < leastFreeSpace.toBytes()) {
                throw DataDirectoryProblem.diskFull(folder, free, leastFreeSpace.toBytes());
            }
        } catch (IOException e) {
            throw DataDirectoryProblem.unusableFolder(folder, e.toString());
        }
    }

    /** What is in one of the folder's store files, if the app may use it and no other process holds it. */
    private static StoreFile storeFile(Path folder, String name) {
        Path file = folder.resolve(name);
        if (Files.isRegularFile(file) && !(Files.isReadable(file) && Files.isWritable(file))) {
            throw DataDirectoryProblem.notPermitted(folder, "read and write " + name);
        }
        StoreFile found = StoreFile.inspect(file);
        if (found.state() == StoreFile.State.IN_USE) {
            throw DataDirectoryProblem.inUse(folder, file);
        }
        return found;
    }

    /** Renamed, never deleted or overwritten: whoever investigates the damage finds the file as it was. */
    private static void moveAside(StoreFile readModels) {
        Path file = readModels.path();
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + MOVED_ASIDE_AT.format(Instant.now()));
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            throw DataDirectoryProblem.readModelsCannotBeMovedAside(readModels, e.toString());
        }
        log.warn("The read models {} were damaged ({}) and have been moved aside to {}. They are being rebuilt from the"
                        + " event store: until GET /api/admin/read-models shows every one caught up, the tracker, case views"
                        + " and reports are incomplete. The idempotency keys of the last 24 hours were in that file too: a"
                        + " registration retried with its Idempotency-Key still finds the case it made, but any other"
                        + " command sent before now and retried is judged again.",
                file, readModels.damage(), aside.getFileName());
    }
}
