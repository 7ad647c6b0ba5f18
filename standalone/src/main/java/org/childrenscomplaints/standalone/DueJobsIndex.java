package org.childrenscomplaints.standalone;

import org.springframework.beans.factory.InitializingBean;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An index of JobRunr's jobs by state and then due time, which JobRunr's own tables lack: they index
 * the two apart. JobRunr polls for the scheduled jobs now due ({@code state = 'SCHEDULED' and
 * scheduledAt <= now}, by {@code scheduledAt}), and H2 answers through the index of states, reading
 * every reminder still to come at every poll: a tenth of the app's CPU samples while complaints were
 * registered with 24,000 reminders waiting (docs/benchmarks.md). With both in one index H2 reads only
 * the jobs due. JobRunr makes its table when its storage starts, so this is made after it, once: it
 * is kept in the file by its name, which is ours, not of JobRunr's kind, so no later migration of
 * JobRunr's can meet it.
 */
final class DueJobsIndex implements InitializingBean {

    private final DataSource jobs;
    private final String tablePrefix;

    /** @param tablePrefix JobRunr's {@code jobrunr.database.table-prefix}, its tables' names begin with */
    DueJobsIndex(DataSource jobs, String tablePrefix) {
        this.jobs = jobs;
        this.tablePrefix = tablePrefix;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = jobs.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX IF NOT EXISTS " + tablePrefix + "complaints_due_jobs_idx ON "
                    + tablePrefix + "jobrunr_jobs (state, scheduledAt)");
        }
    }
}
