package org.childrenscomplaints.query.rebuild;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.childrenscomplaints.query.ReadModelProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds, when a release first starts on a store, each read model its projection now keeps
 * differently: the projection's {@link ReadModelProjection#version()} is not the one recorded
 * beside the read model. Without it, a read model a release reshaped would answer from what the
 * release before left (a report missing a table) until an administrator thought to rebuild.
 * What the store holds is read when this is made, before any processor has started and made
 * tokens: a read model with tokens and no recorded version was kept by a release before versions
 * were recorded (version 1); one without tokens is new and will be built from the first event anyway.
 * Tokens are looked up by the read model's processing group, which names its processor here (Axon's
 * default: no group is assigned to a processor of another name). The version is recorded once the
 * replay has started: the replay's own tokens carry it on after a crash.
 */
@Component
public class ReadModelUpgrades {

    private static final Logger log = LoggerFactory.getLogger(ReadModelUpgrades.class);
    private static final int NEW = 0;

    private final MongoTemplate mongo;
    private final ReadModelRebuild rebuild;
    private final Map<String, Integer> wanted = new TreeMap<>();
    private final Map<String, Integer> held = new TreeMap<>();

    public ReadModelUpgrades(List<ReadModelProjection> projections, MongoTemplate mongo, TokenStore tokens,
                             ReadModelRebuild rebuild) {
        this.mongo = mongo;
        this.rebuild = rebuild;
        projections.forEach(projection -> wanted.merge(ReadModelRebuild.readModelOf(projection), projection.version(), Math::max));
        wanted.keySet().forEach(readModel -> {
            ReadModelVersion recorded = mongo.findById(readModel, ReadModelVersion.class);
            held.put(readModel, recorded != null ? recorded.version() : tokens.fetchSegments(readModel).length > 0 ? 1 : NEW);
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    public void upgrade() {
        wanted.forEach((readModel, version) -> {
            int kept = held.get(readModel);
            if (kept != NEW && kept != version) {
                log.info("The read model {} was kept by version {} of its projection and this release keeps version {}:"
                        + " rebuilding it from the events", readModel, kept, version);
                try {
                    rebuild.rebuild(readModel);
                } catch (RuntimeException failed) {
                    // the app still answers; what the read model answers misses what this release added to it
                    log.error("The read model {} needs a rebuild for this release and could not start one ({}). Until it"
                            + " is rebuilt its answers leave out what this release keeps: stop every other query-side"
                            + " instance and restart this one, or ask for POST /api/admin/read-models/rebuild",
                            readModel, failed.getMessage(), failed);
                    return;
                }
            }
            mongo.save(new ReadModelVersion(readModel, version));
        });
    }
}
