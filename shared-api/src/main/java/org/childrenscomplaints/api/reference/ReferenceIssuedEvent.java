package org.childrenscomplaints.api.reference;

import java.util.UUID;

/** Number {@code number} of the series {@code seriesId} (e.g. ST-2026) now belongs to a case. */
public record ReferenceIssuedEvent(String seriesId, int number, UUID caseId) {
}
