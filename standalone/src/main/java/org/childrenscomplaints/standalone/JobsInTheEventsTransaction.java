package org.childrenscomplaints.standalone;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * JobRunr's connections in the embedded default, where its jobs live in the event store's H2
 * database. Inside a command's transaction JobRunr is handed that transaction's own connection,
 * so a command's reminder jobs are committed with its events, in one commit, or not at all; the
 * commit is the command's to make, so JobRunr's own commits, rollbacks and closes are passed over
 * there (a failure still reaches the command, which rolls everything back). Anywhere else (JobRunr's
 * background server running and tidying jobs) connections come from a pool of JobRunr's own.
 * <p>
 * Written here because JobRunr's open-source edition has no way to join a caller's transaction,
 * and Spring's {@code TransactionAwareDataSourceProxy} would let JobRunr commit the command's
 * transaction half-way. One commit per registration instead of two halves the time a registration
 * holds its reference series (docs/benchmarks.md).
 */
final class JobsInTheEventsTransaction extends DelegatingDataSource implements AutoCloseable {

    private final HikariDataSource jobsPool;
    private final DataSource eventStore;

    JobsInTheEventsTransaction(HikariDataSource jobsPool, DataSource eventStore) {
        super(jobsPool);
        this.jobsPool = jobsPool;
        this.eventStore = eventStore;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.getResource(eventStore) instanceof ConnectionHolder holder) {
            return ownedByTheCommand(holder.getConnection());
        }
        return super.getConnection();
    }

    @Override
    public void close() {
        jobsPool.close();
    }

    private static Connection ownedByTheCommand(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "commit", "rollback", "setAutoCommit", "close" -> null;
                    case "getAutoCommit" -> false;
                    case "equals" -> proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> {
                        try {
                            yield method.invoke(connection, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }
}
