package vn.kdcl.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Forces committed data onto the disk before the import acts on it outside the database.
 *
 * <p>The embedded H2 database writes its commits to the file in the background, within
 * {@code WRITE_DELAY} (500 ms): writing the store at every chunk's commit cost more than the inserts.
 * A kill -9 may therefore lose the last half second of commits, which is harmless as long as nothing
 * outside the database depends on them yet: the files are still in the inbox and the next run
 * imports them again. Moving files is the first such dependency, so the place step calls
 * {@link #sync()} before it moves anything. PostgreSQL commits are durable already.
 */
@Component
public class DurableCommits {

    private final DataSource dataSource;
    private volatile Boolean h2;

    public DurableCommits(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void sync() {
        try (Connection c = dataSource.getConnection()) {
            if (h2 == null) {
                h2 = c.getMetaData().getDatabaseProductName().equals("H2");
            }
            if (h2) {
                try (Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT SYNC");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot flush the database to disk: " + e.getMessage(), e);
        }
    }
}
