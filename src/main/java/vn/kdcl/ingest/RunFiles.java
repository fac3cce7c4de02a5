package vn.kdcl.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

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
        List<Object[]> args = new java.util.ArrayList<>(rows.size());
        for (Row row : rows) {
            args.add(new Object[] {row.status(), row.schoolCode(), row.schoolYear(), json.writeValueAsString(row.findings()),
                    runId, row.file()});
        }
        jdbc.batchUpdate("UPDATE run_file SET status = ?, school_code = ?, school_year = ?, findings_json = ? WHERE run_id = ? AND file = ?",
                args);
    }

    public List<Row> rows(String runId) {
        return jdbc.query("SELECT file, sha256, status, school_code, school_year, findings_json FROM run_file WHERE run_id = ? ORDER BY seq",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        json.readValue(rs.getString(6), FINDINGS)), runId);
    }

    /** The run report's file entries, in processing order. */
    public List<RunReport.FileEntry> entries(String runId) {
        return rows(runId).stream().map(r -> new RunReport.FileEntry(r.file(), r.sha256(), r.status(), r.schoolCode(),
                r.schoolYear(), r.findings())).toList();
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
        List<Object[]> args = new java.util.ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            args.add(new Object[] {runId, i + 1, row.file(), row.sha256(), row.status(), row.schoolCode(),
                    row.schoolYear(), json.writeValueAsString(row.findings())});
        }
        jdbc.batchUpdate("INSERT INTO run_file (run_id, seq, file, sha256, status, school_code, school_year, findings_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                args);
    }
}
