package vn.kdcl.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.kdcl.check.Finding;

/** The import_run and run_file tables: what each run did with each file. */
@Repository
public class RunFiles {

    /** One row of run_file. */
    public record Row(String file, String sha256, String status, String schoolCode, String schoolYear,
                      List<Finding> findings) {

        RunReport.FileEntry entry() {
            return new RunReport.FileEntry(file, sha256, status, schoolCode, schoolYear, findings);
        }
    }

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public RunFiles(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void startRun(String runId, Instant startedAt, Long jobExecutionId, String inbox) {
        jdbc.update("INSERT INTO import_run (run_id, started_at, job_execution_id, inbox) VALUES (?, ?, ?, ?)",
                runId, Timestamp.from(startedAt), jobExecutionId, inbox);
    }

    public void finishRun(String runId, Instant finishedAt) {
        jdbc.update("UPDATE import_run SET finished_at = ? WHERE run_id = ?", Timestamp.from(finishedAt), runId);
    }

    public Instant startedAt(String runId) {
        return jdbc.queryForObject("SELECT started_at FROM import_run WHERE run_id = ?", Timestamp.class, runId)
                .toInstant();
    }

    public void updateAll(String runId, List<Row> rows) {
        List<Object[]> args = new ArrayList<>(rows.size());
        for (Row row : rows) {
            args.add(new Object[] {row.status(), row.schoolCode(), row.schoolYear(), json.writeValueAsString(row.findings()),
                    runId, row.file()});
        }
        jdbc.batchUpdate("UPDATE run_file SET status = ?, school_code = ?, school_year = ?, findings_json = ? WHERE run_id = ? AND file = ?",
                args);
    }

    /** Rows read per query when a whole run is walked (see {@link #forEachRow}). */
    private static final int ROWS_PER_PAGE = 200;

    /**
     * Each row of the run with its findings, in processing order, {@value #ROWS_PER_PAGE} at a time (by the
     * (run_id, seq) index): a run of thousands of files with dozens of findings each is tens of MB once parsed,
     * too much to hold at once in a 256 MB heap next to the import's own work.
     */
    public void forEachRow(String runId, Consumer<Row> action) {
        int[] last = {0};
        while (true) {
            List<Row> page = jdbc.query("SELECT seq, file, sha256, status, school_code, school_year, findings_json "
                    // "ORDER BY run_id, seq": H2 reads the index in order and stops; "ORDER BY seq" made it sort the rest
                    + "FROM run_file WHERE run_id = ? AND seq > ? ORDER BY run_id, seq FETCH FIRST " + ROWS_PER_PAGE
                    + " ROWS ONLY", (rs, i) -> {
                        last[0] = rs.getInt(1);
                        return new Row(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), json.readValue(rs.getString(7), FINDINGS));
                    }, runId, last[0]);
            page.forEach(action);
            if (page.size() < ROWS_PER_PAGE) {
                return;
            }
        }
    }

    /** The run report's file entries, in processing order. */
    public List<RunReport.FileEntry> entries(String runId) {
        List<RunReport.FileEntry> entries = new ArrayList<>();
        forEachRow(runId, row -> entries.add(row.entry()));
        return entries;
    }

    public List<Row> pending(String runId) {
        return withoutFindings("SELECT file, sha256, status, school_code, school_year FROM run_file "
                + "WHERE run_id = ? AND status = 'PENDING' ORDER BY seq", runId);
    }

    /** All rows of the run, without their findings (reading thousands of findings lists is not free). */
    public List<Row> outcomes(String runId) {
        return withoutFindings("SELECT file, sha256, status, school_code, school_year FROM run_file "
                + "WHERE run_id = ? ORDER BY seq", runId);
    }

    private List<Row> withoutFindings(String sql, String runId) {
        return jdbc.query(sql, (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), List.of()), runId);
    }

    /** Many rows at once (the scan of a big inbox): one batched statement. */
    public void insertAll(String runId, List<Row> rows) {
        List<Object[]> args = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            args.add(new Object[] {runId, i + 1, row.file(), row.sha256(), row.status(), row.schoolCode(),
                    row.schoolYear(), json.writeValueAsString(row.findings())});
        }
        jdbc.batchUpdate("INSERT INTO run_file (run_id, seq, file, sha256, status, school_code, school_year, findings_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                args);
    }
}
