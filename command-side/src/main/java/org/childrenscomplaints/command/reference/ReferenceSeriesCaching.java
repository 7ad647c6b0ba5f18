package org.childrenscomplaints.command.reference;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every registration of a procedure and year loads the same {@link ReferenceSeries}, under its lock.
 * Without a cache the series was replayed from all its events each time, so registrations queued
 * longer the more cases the year held (docs/benchmarks.md). A series stays in memory between
 * commands while it is in use. A copy gone stale (another node numbered a case) fails to append,
 * Axon drops it from the cache as the command rolls back, and the command is retried on a fresh
 * load ({@code CommandRetries}).
 */
@Configuration
public class ReferenceSeriesCaching {

    static final String CACHE = "referenceSeriesCache";

    @Bean(CACHE)
    public Cache referenceSeriesCache() {
        return new WeakReferenceCache();
    }
}
