package org.childrenscomplaints.api.reference;

import java.util.Optional;
import java.util.UUID;

/** The {@code {id}} of a path names a case by its uuid (in either case) or by its readable reference. */
public final class CaseKeys {

    private CaseKeys() {
    }

    public static Optional<UUID> asUuid(String key) {
        try {
            return Optional.of(UUID.fromString(key.strip()));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /** The key as it is stored: a uuid in lower case, anything else as given. */
    public static String stored(String key) {
        return asUuid(key).map(UUID::toString).orElse(key.strip());
    }
}
