-- Nothing looks an event up by its identifier: processors read by globalIndex, aggregates by
-- aggregateIdentifier and sequenceNumber, whose unique index is Axon's check that two commands did
-- not change one case at once. Identifiers are random UUIDs, for correlation, not a constraint
-- (Axon 5 enforces them in none of its stores). Each registration's events put a random entry in this
-- index, rewriting a page of it at every commit: without it a registration writes 13 % less and the
-- file grows by a quarter less (docs/decisions/0011-speed-on-one-small-machine.md, cause 31).
ALTER TABLE DomainEventEntry DROP CONSTRAINT uk_domain_event_identifier;
