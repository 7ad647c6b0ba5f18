package org.childrenscomplaints.standalone;

import java.nio.file.Path;

/**
 * Why the embedded app cannot start on its data directory, in the words of whoever runs it, a
 * council's IT staff: which folder or file, and what to do about it. {@link DataDirectoryFailureAnalyzer}
 * prints it instead of a stack trace.
 */
public final class DataDirectoryProblem extends RuntimeException {

    private static final String SETTING = "--complaints.data-dir";

    private final String action;

    private DataDirectoryProblem(String description, String action) {
        super(description);
        this.action = action;
    }

    String action() {
        return action;
    }

    static DataDirectoryProblem unusableFolder(Path folder, String reason) {
        return new DataDirectoryProblem("The data folder " + folder + " cannot be used: " + reason + ".",
                "Start the app with " + SETTING + "=<folder>, naming the folder that holds the complaints' data (on a"
                        + " first start, a new folder). The user " + user() + " must be allowed to read and write that"
                        + " folder and every file in it.");
    }

    static DataDirectoryProblem notPermitted(Path folder, String what) {
        return unusableFolder(folder, "the user " + user() + " may not " + what);
    }

    static DataDirectoryProblem diskFull(Path folder, long freeBytes, long neededBytes) {
        return new DataDirectoryProblem("The disk holding the data folder " + folder + " has too little free space: "
                        + size(freeBytes) + ", where the app needs at least " + size(neededBytes)
                        + " to record complaints safely.",
                "Free some space on that disk, or stop the app, move the data folder with every file in it to a disk"
                        + " with room, and start the app with " + SETTING + "=<its new place>.");
    }

    static DataDirectoryProblem inUse(Path folder, Path lockedFile) {
        return new DataDirectoryProblem("The data folder " + folder + " is already in use by another process,"
                        + " which holds " + lockedFile.getFileName() + " open.",
                "Only one app may run on a data folder. If the app is already running (as a service, or in another"
                        + " window), use that one or stop it first; otherwise look for a backup or database tool that has"
                        + " the file open. A second app needs a data folder of its own: " + SETTING + "=<another folder>.");
    }

    static DataDirectoryProblem eventStoreDamaged(StoreFile eventStore) {
        Path file = eventStore.path();
        return new DataDirectoryProblem("The event store " + file + " is damaged: " + eventStore.damage() + ". It holds"
                        + " the complaints' records: the app does not start on it, and has not changed it.",
                "Keep the damaged file for investigation, then restore " + file.getFileName() + " from the latest"
                        + " backup of the data folder, with the " + DataDirectory.READ_MODELS_FILE + " of the same backup."
                        + " If the backup has no " + DataDirectory.READ_MODELS_FILE + ", move the current one out of the"
                        + " folder: the app then rebuilds the read models from the restored events. Only if this"
                        + " installation has never recorded a complaint, delete the file instead to start afresh.");
    }

    static DataDirectoryProblem eventStoreMissing(StoreFile eventStore) {
        Path file = eventStore.path();
        return new DataDirectoryProblem("The event store " + file + " is missing, but the read models built from it"
                        + " are still there. The app does not start a new, empty event store under them.",
                "Restore " + file.getFileName() + " from the latest backup of the data folder, with the "
                        + DataDirectory.READ_MODELS_FILE + " of the same backup (or move the current "
                        + DataDirectory.READ_MODELS_FILE + " out of the folder: the app rebuilds it from the restored"
                        + " events). Only if this installation is meant to start afresh, move "
                        + DataDirectory.READ_MODELS_FILE + " out and start with an empty folder.");
    }

    static DataDirectoryProblem readModelsCannotBeMovedAside(StoreFile readModels, String whyNotMoved) {
        return new DataDirectoryProblem("The read models " + readModels.path() + " are damaged: " + readModels.damage()
                        + ". The app moves damaged read models aside to rebuild them from the events, but could not: "
                        + whyNotMoved + ".",
                "Move " + readModels.path().getFileName() + " out of the data folder and start the app again: it"
                        + " rebuilds the read models from the event store.");
    }

    private static String user() {
        return System.getProperty("user.name");
    }

    private static String size(long bytes) {
        long kilobytes = bytes / 1024;
        return kilobytes < 1024 ? kilobytes + " kB" : kilobytes / 1024 + " MB";
    }
}
