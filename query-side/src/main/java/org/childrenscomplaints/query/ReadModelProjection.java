package org.childrenscomplaints.query;

/**
 * A projection that keeps a read model and nothing else: it may be reset and replayed from the
 * first event at any time (its {@code @ResetHandler} clears what it owns). Handlers with effects
 * outside the read models (messages to people) must never be one.
 */
public interface ReadModelProjection {

    /**
     * The version of what this projection stores. A release that changes it (new documents, a
     * changed shape) raises the number, and a store an earlier release kept is then rebuilt for
     * this read model when the new release first starts ({@code ReadModelUpgrades}).
     */
    default int version() {
        return 1;
    }
}
