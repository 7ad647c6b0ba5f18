package org.childrenscomplaints.command.reference;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every registration of a procedure and year loads the same {@link ReferenceSeries}, under its lock.
 * Without a cache the series was replayed from all its events each time, so registrations queued
 * longer the more cases the year held (docs/benchmarks.md). A series stays in memory between
 * commands. A copy gone stale (another node numbered a case) fails to append, Axon drops it from
 * the cache as the command rolls back, and the command is retried on a fresh load
 * ({@code CommandRetries}).
 * <p>
 * Held strongly, in a bounded EhCache: Axon's {@code WeakReferenceCache} lost every series at each
 * garbage collection, which under load meant nearly every registration replayed its series anyway
 * (a JFR profile of intake: loading the series was a quarter of the request threads' CPU). The
 * series in use are a handful (three procedures, this reporting year and the last few), so
 * {@value #SERIES_KEPT} is plenty and keeps memory bounded.
 */
@Configuration
public class ReferenceSeriesCaching {

    static final String CACHE = "referenceSeriesCache";
    static final int SERIES_KEPT = 64;

    @Bean(destroyMethod = "close")
    public CacheManager referenceSeriesCacheManager() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    @Bean(CACHE)
    public Cache referenceSeriesCache(CacheManager referenceSeriesCacheManager) {
        // Axon's adapter takes EhCache's implementation type, which every cache the manager makes is
        return new EhCache3Adapter((Ehcache) referenceSeriesCacheManager.createCache(CACHE,
                CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                        ResourcePoolsBuilder.heap(SERIES_KEPT))));
    }
}
