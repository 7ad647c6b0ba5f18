package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** JobRunr's poll for the reminders now due, in the app's own job table, goes through the index of states and due times. */
class DueJobsIndexTest extends EmbeddedAppTest {

    /** As JobRunr's {@code JobTable} asks, with the order and page its poll adds. */
    private static final String DUE_JOBS = "SELECT jobAsJson FROM jobrunr_jobs WHERE state = 'SCHEDULED'"
            + " AND scheduledAt <= CURRENT_TIMESTAMP ORDER BY scheduledAt ASC LIMIT 1000";

    @Autowired
    @Qualifier("jobsDataSource")
    DataSource jobs;

    @Autowired
    DueJobsIndex index;

    @Test
    void thePollForDueJobsReadsTheStateAndDueTimeIndex() throws SQLException {
        assertThat(planOf(DUE_JOBS)).contains("COMPLAINTS_DUE_JOBS_IDX");
    }

    @Test
    void makingItAgainLeavesTheOneThere() throws SQLException {
        index.afterPropertiesSet();

        assertThat(planOf(DUE_JOBS)).contains("COMPLAINTS_DUE_JOBS_IDX");
    }

    private String planOf(String query) throws SQLException {
        try (Connection connection = jobs.getConnection(); Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("EXPLAIN " + query)) {
            plan.next();
            return plan.getString(1);
        }
    }
}
