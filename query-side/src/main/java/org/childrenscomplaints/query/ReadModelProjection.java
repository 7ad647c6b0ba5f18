package org.childrenscomplaints.query;

/**
 * A projection that keeps a read model and nothing else: it may be reset and replayed from the
 * first event at any time (its {@code @ResetHandler} clears what it owns). Handlers with effects
 * outside the read models (messages to people) must never be one.
 */
public interface ReadModelProjection {
}
