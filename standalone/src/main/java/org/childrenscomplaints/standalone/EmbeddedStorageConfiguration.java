package org.childrenscomplaints.standalone;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.zaxxer.hikari.HikariDataSource;
import de.bwaldvogel.mongo.MongoServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.jobrunr.spring.autoconfigure.JobRunrProperties;
import org.jobrunr.storage.StorageProvider;

import javax.sql.DataSource;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The embedded default's storage, all of it in files under {@link DataDirectory}:
 * <ul>
 *     <li>{@code events.mv.db}: an H2 database holding Axon's JDBC event store and JobRunr's
 *     deadline jobs, each reached through a connection pool of its own (a command's jobs are
 *     written on the command's own connection, with its events);</li>
 *     <li>{@code readmodels.mv}: an in-process MongoDB (mongo-java-server on H2 MVStore) holding
 *     the read models and the tracking tokens, reached through a real {@code mongodb://} URI so
 *     the query side runs the same code as against MongoDB in production.</li>
 * </ul>
 * The MongoDB endpoint is handed to Spring Boot as connection details, so its MongoClient,
 * health indicator and the query side wire themselves up as they would to a server.
 */
@Configuration
@EnableConfigurationProperties(DataDirectory.class)
public class EmbeddedStorageConfiguration {

    static final String READ_MODEL_DATABASE = "complaints";

    /**
     * Declared here, not left to Spring Boot, because Axon 4.13's JDBC auto-configuration asks for
     * a DataSource before Boot 4's own DataSource auto-configuration has made one (it orders itself
     * after Boot 3's class names) and would silently leave the app without an event store.
     */
    @Bean(destroyMethod = "close")
    @Primary
    public HikariDataSource eventStoreDataSource(DataDirectory dataDirectory) {
        return eventsDatabasePool("event-store", dataDirectory);
    }

    /**
     * The reminders' jobs: inside a command, in the command's own transaction on the event store
     * ({@link JobsInTheEventsTransaction}); anywhere else from a pool of their own. Never a second
     * connection from the event store's pool for a command that already holds one: that deadlocked as
     * soon as more commands ran at once than the pool had connections (each holding one, all waiting
     * for a second); {@code ConcurrencyHttpTest} shows it.
     */
    @Bean(destroyMethod = "close")
    public JobsInTheEventsTransaction jobsDataSource(DataDirectory dataDirectory,
                                                     @Qualifier("eventStoreDataSource") DataSource eventStoreDataSource) {
        return new JobsInTheEventsTransaction(eventsDatabasePool("jobs", dataDirectory), eventStoreDataSource);
    }

    @Bean(destroyMethod = "close")
    public EventStoreCompaction eventStoreCompaction(@Qualifier("eventStoreDataSource") DataSource eventStoreDataSource) {
        return new EventStoreCompaction(eventStoreDataSource);
    }

    /** Made after JobRunr's storage, which makes the table it indexes. */
    @Bean
    public DueJobsIndex dueJobsIndex(StorageProvider jobRunrStorage, @Qualifier("jobsDataSource") DataSource jobsDataSource,
                                     JobRunrProperties jobRunr) {
        return new DueJobsIndex(jobsDataSource, Objects.requireNonNullElse(jobRunr.getDatabase().getTablePrefix(), ""));
    }

    /**
     * WRITE_DELAY=0: a commit reaches the file before the command is answered; H2's default holds
     * commits back for up to half a second, and a crash would lose answered complaints.
     * <p>
     * LOB_TIMEOUT: H2 keeps every BLOB a query returns from its LOB maps (the payloads of events
     * written before MAX_LENGTH_INPLACE_LOB, below, and any over 16 KB) reachable from its session
     * until the session's first commit after this long, for clients that read one after its result
     * has closed. Axon and JobRunr read a row's bytes as they step through the result.
     * H2's default, five minutes, held some 860,000 of them, about 100 MB of a 1 GB heap, 12 minutes
     * into a rebuild at 1,000,000 complaints (docs/benchmarks.md, twelfth round).
     * <p>
     * MAX_LENGTH_INPLACE_LOB: a BLOB or CLOB up to 16 KB is kept in its row. H2's default keeps one
     * over 256 bytes apart, in its LOB maps, and writes a temporary reference to it for every query
     * that returns it: most events' payloads (417 bytes on average, 738 at most) and every reminder
     * job's JSON (about 1.5 KB) went there, so each registration wrote three more maps, and each event
     * a read model replayed was a write (ADR 0011, cause 25). H2 keeps the setting in the database,
     * so it holds for whatever opens the file later; what was written before it stays where it was,
     * read as before.
     */
    static final String EVENT_STORE_SETTINGS = ";WRITE_DELAY=0;LOB_TIMEOUT=10000;MAX_LENGTH_INPLACE_LOB=16384";

    /** The event store's URL; H2 keeps the file open until the app closes it, not when the JVM begins to exit. */
    static String eventStoreUrl(Path database) {
        return "jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE" + EVENT_STORE_SETTINGS;
    }

    private static HikariDataSource eventsDatabasePool(String name, DataDirectory dataDirectory) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName(name);
        dataSource.setJdbcUrl(eventStoreUrl(dataDirectory.file(DataDirectory.EVENT_STORE_DATABASE)));
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    /** Every event of a unit of work, and every reminder job it sets, commits in one H2 transaction. */
    @Bean
    public PlatformTransactionManager transactionManager(@Qualifier("eventStoreDataSource") DataSource eventStoreDataSource) {
        return new JdbcTransactionManager(eventStoreDataSource);
    }

    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /**
     * Axon's JDBC event store as its auto-configuration builds it (same settings, in the same order),
     * with one statement of its own: the read models' fetch after a token with gaps
     * ({@link TrackedEventsAfterGaps}). Axon's builder is the only place to give it.
     */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                                 ObjectProvider<EventSchema> eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                // Axon's own schema bean is made only with its own engine: its default, unless one is declared
                .schema(eventSchema.getIfAvailable(EventSchema::new))
                .readEventDataWithGaps(TrackedEventsAfterGaps::statement)
                .build();
    }

    /** Closed by the MongoDB endpoint's shutdown, which closes its backend. */
    @Bean(destroyMethod = "")
    public ReadModelStore readModelStore(DataDirectory dataDirectory) {
        return ReadModelStore.inFile(dataDirectory.file(DataDirectory.READ_MODELS_FILE).toString());
    }

    @Bean(destroyMethod = "shutdown")
    public MongoServer embeddedMongo(ReadModelStore readModelStore) {
        MongoServer server = new MongoServer(readModelStore);
        // loopback only, on a port the operating system picks: nothing outside this JVM's host reaches it
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        return server;
    }

    @Bean
    public MongoConnectionDetails readModelConnection(MongoServer embeddedMongo) {
        InetSocketAddress address = embeddedMongo.getLocalAddress();
        ConnectionString uri = new ConnectionString(
                "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + READ_MODEL_DATABASE);
        return () -> uri;
    }

    /**
     * Every unfiltered count of the app's template (the tracker's and the outbox's totals) answered
     * from the collection's size, where Spring Data's count reads every document of it here: the
     * embedded MongoDB keeps that size exactly, where MongoDB proper's can be wrong after an unclean
     * shutdown, so the services keep Spring Data's default. Spring Data still counts a query with a
     * filter, a skip or a limit, or within a transaction, by reading.
     */
    @Bean
    static BeanPostProcessor unfilteredCountsFromCollectionSizes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof MongoTemplate template) {
                    template.useEstimatedCount(true);
                }
                return bean;
            }
        };
    }

    /** In place of Spring Boot's MongoDB health check, by its bean name ({@link ReadModelsHealth}). */
    @Bean
    public HealthIndicator mongoHealthContributor(ReadModelStore readModelStore, MongoClient readModels) {
        return new ReadModelsHealth(readModelStore, readModels);
    }
}
