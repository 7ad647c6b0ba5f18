-- Nothing reads an event by its identifier: processors read by globalIndex, aggregates by
-- aggregateIdentifier and sequenceNumber, whose unique index is Axon's check that two commands did
-- not change one case at once. Identifiers are random UUIDs, and Axon Server (the services) keeps
-- no such index either. Each registration's events put a random entry in this one, rewriting a
-- page of it at every commit: without it a registration writes 13 % less and the file grows by
-- a quarter less (docs/decisions/0011-speed-on-one-small-machine.md).
ALTER TABLE DomainEventEntry DROP CONSTRAINT uk_domain_event_identifier;
