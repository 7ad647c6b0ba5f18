package org.childrenscomplaints.standalone;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reminder jobs written the way JobRunr writes them (its own transaction: auto-commit off, commit,
 * close) land in a command's transaction when there is one, and stand or fall with it.
 */
class JobsInTheEventsTransactionTest {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final HikariDataSource eventStore = pool("event-store");
    private final JobsInTheEventsTransaction jobs = new JobsInTheEventsTransaction(pool("jobs"), eventStore);
    private final TransactionTemplate command = new TransactionTemplate(new JdbcTransactionManager(eventStore));
    private final JdbcTemplate database = new JdbcTemplate(eventStore);

    @BeforeEach
    void tables() {
        database.execute("CREATE TABLE events (id VARCHAR(40))");
        database.execute("CREATE TABLE jobs (id VARCHAR(40))");
    }

    @AfterEach
    void close() {
        database.execute("SHUTDOWN");
        jobs.close();
        eventStore.close();
    }

    @Test
    void aCommandsJobsAreCommittedWithItsEventsInOneCommit() {
        command.executeWithoutResult(status -> {
            database.update("INSERT INTO events VALUES ('received')");
            saveAsJobRunrDoes("reminder");
            assertThat(countFromAnotherConnection("jobs")).as("not visible before the command commits").isZero();
        });

        assertThat(countFromAnotherConnection("events")).isEqualTo(1);
        assertThat(countFromAnotherConnection("jobs")).isEqualTo(1);
    }

    @Test
    void aCommandThatFailsAfterSettingItsJobsLeavesNoJob() {
        assertThatThrownBy(() -> command.executeWithoutResult(status -> {
            saveAsJobRunrDoes("reminder");
            throw new IllegalStateException("the events could not be stored");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(countFromAnotherConnection("jobs")).isZero();
    }

    @Test
    void outsideACommandJobsAreCommittedOnTheirOwn() {
        saveAsJobRunrDoes("tidied");

        assertThat(countFromAnotherConnection("jobs")).isEqualTo(1);
    }

    private void saveAsJobRunrDoes(String id) {
        try (Connection connection = jobs.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement insert = connection.createStatement()) {
                insert.executeUpdate("INSERT INTO jobs VALUES ('" + id + "')");
            }
            connection.commit();
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long countFromAnotherConnection(String table) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement count = connection.createStatement();
             ResultSet result = count.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private HikariDataSource pool(String name) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName(name);
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        return pool;
    }
}
