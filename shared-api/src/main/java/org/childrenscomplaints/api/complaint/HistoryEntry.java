package org.childrenscomplaints.api.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One event of a case's history: what happened ({@code type}, readable, e.g. "Complaint responded"),
 * the business day it happened, when and by whom (user and role) it was recorded, and its payload
 * as JSON, with personal data only for callers allowed to see it.
 */
public record HistoryEntry(long sequence, String type, LocalDate occurredOn, Instant recordedAt, String recordedBy,
                           String role, Map<String, Object> payload) {
}
