package vn.kdcl.ingest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What to print when a run after a kill -9 fails: whether the H2 file's indexes still match its tables. Once in a
 * few dozen CI runs the run after a kill failed with "Timeout trying to lock table {0}" on a SELECT by content
 * hash, which in H2 2.4 is a lookup through an index that finds no row (ROW_NOT_FOUND_IN_PRIMARY_INDEX retried
 * until the lock timeout); it never happened here in 80 repetitions. This says which entries, next time.
 */
final class H2Diagnosis {

    private H2Diagnosis() {
    }

    static String of(Path dbFileWithoutExtension) {
        StringBuilder out = new StringBuilder("H2 diagnosis of " + dbFileWithoutExtension + ":\n");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dbFileWithoutExtension, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("SET LOCK_TIMEOUT 200");
            out.append("  submission rows: ").append(count(s, "SELECT COUNT(*) FROM submission")).append('\n');
            String uq = single(s, "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "AND TABLE_NAME = 'SUBMISSION' AND INDEX_NAME LIKE 'UQ_SUBMISSION_SHA256%'");
            List<String> shas = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT sha256 FROM submission USE INDEX (" + uq + ") WHERE sha256 IS NOT NULL")) {
                while (rs.next()) {
                    shas.add(rs.getString(1));
                }
            }
            out.append("  entries of ").append(uq).append(": ").append(shas.size()).append('\n');
            try (PreparedStatement ps = c.prepareStatement("SELECT file_name, status FROM submission WHERE sha256 = ?")) {
                for (String sha : shas) {
                    ps.setString(1, sha);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            out.append("  index entry without a visible row: ").append(sha).append('\n');
                        }
                    } catch (SQLException e) {
                        out.append("  row of ").append(sha).append(" unreadable: ").append(e.getMessage().lines().findFirst()
                                .orElse("")).append(" / cause: ").append(e.getCause()).append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            out.append("  diagnosis failed: ").append(e).append('\n');
        }
        return out.toString();
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
