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
}
