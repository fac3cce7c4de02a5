package vn.kdcl.submission;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.kdcl.check.Finding;

/**
 * Writes submissions with their content and findings, and keeps one CURRENT submission per
 * school and year (older ones SUPERSEDED, late-arriving older files kept as HISTORY).
 * Callers provide the transaction; one file is always written as a whole.
 */
@Repository
public class SubmissionStore {

    public enum State { CURRENT, SUPERSEDED, HISTORY, REJECTED, WITHDRAWN }

    /** A file content already known to the database. */
    public record Known(long id, String state, String storedPath, String schoolCode, String schoolYear) {
    }

    /** What storing did: the state given to the file and the findings versioning added. */
    public record Stored(long id, State state, List<Finding> addedFindings) {
    }

    /** Metadata of the file being stored. */
    public record FileMeta(String sha256, String fileName, String storedPath, long size, Instant receivedAt,
                           String runId) {
    }

    private final JdbcTemplate jdbc;

    public SubmissionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final int SHAS_PER_QUERY = 50;

    public Optional<Known> findBySha(String sha256) {
        return Optional.ofNullable(findByShas(List.of(sha256)).get(sha256));
    }

    /**
     * {@link #findBySha} for many hashes at once (a scan of thousands of files: one query per 50). H2 finds
     * the rows by index but then checks each found row against the whole IN list, so a longer list costs
     * more per row than it saves in queries (2,000 known files: 25 ms with 500 per query, 4 ms with 50).
     */
    public Map<String, Known> findByShas(Collection<String> sha256s) {
        Map<String, Known> found = new HashMap<>();
        List<String> all = sha256s.stream().filter(java.util.Objects::nonNull).distinct().toList();
        for (int from = 0; from < all.size(); from += SHAS_PER_QUERY) {
            List<String> part = all.subList(from, Math.min(all.size(), from + SHAS_PER_QUERY));
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            jdbc.query("SELECT id, status, stored_path, school_code, school_year, sha256 FROM submission WHERE sha256 IN ("
                    + marks + ")", rs -> {
                        found.put(rs.getString(6), new Known(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5)));
                    }, part.toArray());
        }
        return found;
    }

    public List<Finding> findings(long submissionId) {
        return jdbc.query("SELECT code, severity, sheet, cell, message FROM finding WHERE submission_id = ? ORDER BY seq",
                (rs, i) -> new Finding(rs.getString(1), vn.kdcl.check.Severity.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5)), submissionId);
    }

    public boolean isStoredPathTaken(String storedPath) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE stored_path = ?", Integer.class, storedPath);
        return n != null && n > 0;
    }

    /** A stored file as an officer finds it, with what tells it apart. */
    public record Match(long id, String state, String storedPath, String fileName, String schoolCode,
                        String schoolYear, Integer version) {
    }

    /** The columns of a {@link Match}, in the order {@link #MATCH} reads them. */
    private static final String MATCH_COLUMNS = "id, status, stored_path, file_name, school_code, school_year, version";
    private static final org.springframework.jdbc.core.RowMapper<Match> MATCH = (rs, i) -> new Match(rs.getLong(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), (Integer) rs.getObject(7));

    /** {@code s} matched literally by {@code LIKE ? ESCAPE '!'}: its own "!", "%" and "_" escaped. */
    public static String likeLiteral(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * The stored files an officer's words name: the stored path ("archive/…"), the name the file arrived with
     * (whole, or its last part), or the start of its content hash (eight or more hex digits).
     */
    public List<Match> find(String query) {
        String q = query.strip().replace('\\', '/');
        String hash = q.matches("[0-9a-fA-F]{8,64}") ? q.toLowerCase(java.util.Locale.ROOT) + "%" : "-";
        return jdbc.query("SELECT " + MATCH_COLUMNS + """
                 FROM submission
                WHERE stored_path = ? OR file_name = ? OR file_name LIKE ? ESCAPE '!' OR sha256 LIKE ?
                ORDER BY received_at, id""", MATCH, q, q, "%/" + likeLiteral(q), hash);
    }

    /**
     * Marks an accepted file WITHDRAWN (sent by mistake: the wrong school, a test) and records where its file now
     * is. When it was the school's CURRENT file, the newest of the school's other accepted files for that year
     * (by received time, content hash breaking ties, as when they were imported) becomes CURRENT; returns it.
     */
    public Optional<Match> withdraw(long id, String storedPath) {
        Match m = jdbc.queryForObject("SELECT " + MATCH_COLUMNS + " FROM submission WHERE id = ?", MATCH, id);
        jdbc.update("UPDATE submission SET status = 'WITHDRAWN', stored_path = ? WHERE id = ?", storedPath, id);
        if (!State.CURRENT.name().equals(m.state())) {
            return Optional.empty();
        }
        List<Match> next = jdbc.query("SELECT " + MATCH_COLUMNS + """
                 FROM submission
                WHERE school_code = ? AND school_year = ? AND status IN ('SUPERSEDED', 'HISTORY')
                ORDER BY received_at DESC, sha256 DESC""", MATCH, m.schoolCode(), m.schoolYear());
        if (next.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update("UPDATE submission SET status = 'CURRENT' WHERE id = ?", next.get(0).id());
        return Optional.of(next.get(0));
    }

    /**
     * Undoes {@link #withdraw}: the WITHDRAWN file counts again, at {@code storedPath}, with the state it would have
     * had if it had never been withdrawn. It is CURRENT when it is the newest of the school's accepted files for that
     * year (by received time, content hash breaking ties, as {@link #storeAccepted} decides), and the file CURRENT
     * until now becomes SUPERSEDED; otherwise it is SUPERSEDED when it arrived before the CURRENT file (a lower
     * version) and HISTORY when it arrived after it. Returns its state and the file it replaced, if any.
     */
    public Restored restore(long id, String storedPath) {
        Versioned m = jdbc.queryForObject("SELECT " + VERSIONED_COLUMNS + " FROM submission WHERE id = ?", VERSIONED, id);
        if (!State.WITHDRAWN.name().equals(m.state())) {
            throw new IllegalStateException("submission " + id + " is " + m.state() + ", not WITHDRAWN");
        }
        List<Versioned> current = jdbc.query("SELECT " + VERSIONED_COLUMNS
                + " FROM submission WHERE school_code = ? AND school_year = ? AND status = 'CURRENT'",
                VERSIONED, m.schoolCode(), m.schoolYear());
        State state = State.CURRENT;
        Optional<Long> replaced = Optional.empty();
        if (!current.isEmpty()) {
            Versioned cur = current.get(0);
            if (m.isNewerThan(cur)) {
                jdbc.update("UPDATE submission SET status = 'SUPERSEDED' WHERE id = ?", cur.id());
                replaced = Optional.of(cur.id());
            } else {
                state = m.version() < cur.version() ? State.SUPERSEDED : State.HISTORY;
            }
        }
        jdbc.update("UPDATE submission SET status = ?, stored_path = ? WHERE id = ?", state.name(), storedPath, id);
        return new Restored(state, replaced.map(r -> jdbc.queryForObject("SELECT " + MATCH_COLUMNS
                + " FROM submission WHERE id = ?", MATCH, r)));
    }

    /** What {@link #restore} did: the state the file has again, and the file it replaced as CURRENT, if any. */
    public record Restored(State state, Optional<Match> replaced) {
    }

    /** What versioning compares: received time, content hash for ties, and the order of arrival (version). */
    private record Versioned(long id, String state, String schoolCode, String schoolYear, Instant receivedAt,
                             String sha256, int version) {
        boolean isNewerThan(Versioned other) {
            return receivedAt.isAfter(other.receivedAt)
                    || (receivedAt.equals(other.receivedAt) && sha256.compareTo(other.sha256) > 0);
        }
    }

    private static final String VERSIONED_COLUMNS = "id, status, school_code, school_year, received_at, sha256, version";
    private static final org.springframework.jdbc.core.RowMapper<Versioned> VERSIONED = (rs, i) -> new Versioned(
            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
            rs.getString(6), rs.getInt(7));

    /** Stores a rejected file: metadata and the findings that explain why. */
    public Stored storeRejected(FileMeta meta, String schoolCode, String schoolYear, List<Finding> findings) {
        MapSqlParameterSource p = meta(meta, State.REJECTED)
                .addValue("school_code", schoolCode).addValue("school_year", schoolYear);
        long id = insertSubmission(p);
        insertFindings(id, findings);
        return new Stored(id, State.REJECTED, List.of());
    }

    /**
     * Stores an accepted submission. The newest file (by received time, content hash breaking ties)
     * becomes CURRENT for its school and year; the previous CURRENT becomes SUPERSEDED (SUB-001),
     * or the new file is kept as HISTORY when it is older (SUB-002).
     */
    public Stored storeAccepted(FileMeta meta, Submission s, List<Finding> findings) {
        String code = s.school().code();
        String year = s.schoolYear();
        // Lock the school's row so that concurrent writers of the same school serialise here.
        upsertSchool(s, meta.receivedAt());
        // One query for both the CURRENT row and the highest version (a school has a handful of rows).
        List<Versioned> rows = jdbc.query("SELECT " + VERSIONED_COLUMNS + " FROM submission "
                + "WHERE school_code = ? AND school_year = ? AND status <> 'REJECTED'", VERSIONED, code, year);
        int version = rows.stream().mapToInt(Versioned::version).max().orElse(0) + 1;
        Optional<Versioned> current = rows.stream().filter(r -> State.CURRENT.name().equals(r.state())).findFirst();

        State state = State.CURRENT;
        List<Finding> added = new ArrayList<>();
        if (current.isPresent()) {
            Versioned arriving = new Versioned(0, null, code, year, meta.receivedAt(), meta.sha256(), version);
            if (arriving.isNewerThan(current.get())) {
                jdbc.update("UPDATE submission SET status = 'SUPERSEDED' WHERE id = ?", current.get().id());
                added.add(Finding.info("SUB-001", null, null,
                        "Hồ sơ này thay thế hồ sơ đã nhập trước đó của trường " + code + " năm học " + year
                                + " (phiên bản " + version + ")."));
            } else {
                state = State.HISTORY;
                added.add(Finding.warning("SUB-002", null, null,
                        "Hồ sơ này cũ hơn hồ sơ đang dùng của trường " + code + " năm học " + year
                                + "; chỉ lưu vào lịch sử, không thay thế."));
            }
        }
        MapSqlParameterSource p = meta(meta, state)
                .addValue("school_code", code).addValue("school_year", year).addValue("version", version)
                .addValue("school_name", s.school().name())
                .addValue("school_type", s.school().type() == null ? null : s.school().type().name())
                .addValue("school_type_text", s.school().typeText())
                .addValue("framework", s.framework() == null ? null : s.framework().name())
                .addValue("catalogue_id", s.catalogueId())
                .addValue("unit", s.school().unit()).addValue("province", s.school().province())
                .addValue("district", s.school().district()).addValue("commune", s.school().commune())
                .addValue("plan_period", s.planPeriod()).addValue("target_level", s.targetLevel())
                .addValue("declared_level", s.declared().level())
                .addValue("declared_count1", s.declared().count1()).addValue("declared_count2", s.declared().count2())
                .addValue("declared_count3", s.declared().count3()).addValue("declared_count4", s.declared().count4())
                .addValue("declared_total", s.declaredTotal())
                .addValue("computed_level", s.computed().level())
                .addValue("computed_count1", s.computed().count1()).addValue("computed_count2", s.computed().count2())
                .addValue("computed_count3", s.computed().count3()).addValue("computed_count4", s.computed().count4())
                .addValue("principal", s.contact().principal()).addValue("preparer", s.contact().preparer())
                .addValue("phone", s.contact().phone()).addValue("email", s.contact().email())
                .addValue("prepared_on", s.contact().preparedOn());
        long id = insertSubmission(p);
        insertContent(id, s);
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(added);
        insertFindings(id, all);
        return new Stored(id, state, added);
    }

    /** INSERT of the given columns only (the others keep their defaults), returning the generated id. */
    private long insertSubmission(MapSqlParameterSource p) {
        String[] names = p.getParameterNames();
        StringBuilder sql = new StringBuilder("INSERT INTO submission (");
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(names[i]);
            marks.append(i == 0 ? "?" : ", ?");
        }
        String statement = sql.append(") VALUES (").append(marks).append(')').toString();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement(statement, new String[] {"id"});
            for (int i = 0; i < names.length; i++) {
                StatementCreatorUtils.setParameterValue(ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, p.getValue(names[i]));
            }
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private void upsertSchool(Submission s, Instant at) {
        Submission.School school = s.school();
        String type = school.type() == null ? null : school.type().name();
        int updated = jdbc.update("UPDATE school SET name = ?, school_type = ?, unit = ?, province = ?, updated_at = ? WHERE code = ?",
                school.name(), type, school.unit(), school.province(), Timestamp.from(at), school.code());
        if (updated == 0) {
            jdbc.update("INSERT INTO school (code, name, school_type, unit, province, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    school.code(), school.name() == null ? "" : school.name(), type, school.unit(), school.province(),
                    Timestamp.from(at));
        }
    }

    /**
     * Content rows are keyed {@code submission id × 2^24 + position} (migration V4): one range of ids per submission,
     * in order, and a single key H2 stores the table by, with no second B-tree to keep.
     */
    public static final long ROWS_PER_SUBMISSION = 1L << 24;

    private void insertContent(long id, Submission s) {
        long base = id * ROWS_PER_SUBMISSION;
        int[] position = {0}; // batchUpdate sets the rows in list order
        jdbc.batchUpdate("INSERT INTO criterion_result (id, submission_id, code, level1, level2, level3, level, declared_level, sheet_row, school_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.criteria(), 256, (ps, c) -> {
                    ps.setLong(1, base + ++position[0]);
                    ps.setLong(2, id);
                    ps.setString(3, c.code());
                    ps.setBoolean(4, c.level1());
                    ps.setBoolean(5, c.level2());
                    ps.setBoolean(6, c.level3());
                    ps.setInt(7, c.level());
                    setInt(ps, 8, c.declaredLevel());
                    setInt(ps, 9, c.sheetRow());
                    ps.setString(10, c.schoolLevel());
                });
        position[0] = 0;
        jdbc.batchUpdate("INSERT INTO level4_result (id, submission_id, number, met) VALUES (?, ?, ?, ?)", s.level4(), 64,
                (ps, r) -> {
                    ps.setLong(1, base + ++position[0]);
                    ps.setLong(2, id);
                    ps.setInt(3, r.number());
                    ps.setBoolean(4, r.met());
                });
        jdbc.batchUpdate("""
                INSERT INTO plan_task (id, submission_id, seq, criterion, criterion_text, target_level, expected_result, task,
                    lead, partners, start_date, end_date, period_text, amount, amount_text, source, source_text,
                    status_text, note, sheet_row, improvement, goal, indicator, resources, evidence, progress,
                    progress_percent)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", s.tasks(), 512,
                (ps, t) -> {
            ps.setLong(1, base + t.seq());
            ps.setLong(2, id);
            ps.setInt(3, t.seq());
            ps.setString(4, t.criterion());
            ps.setString(5, t.criterionText());
            setInt(ps, 6, t.targetLevel());
            ps.setString(7, t.expectedResult());
            ps.setString(8, t.task());
            ps.setString(9, t.lead());
            ps.setString(10, t.partners());
            setDate(ps, 11, t.start());
            setDate(ps, 12, t.end());
            ps.setString(13, t.periodText());
            setLong(ps, 14, t.amount());
            ps.setString(15, t.amountText());
            ps.setString(16, t.source());
            ps.setString(17, t.sourceText());
            ps.setString(18, t.statusText());
            ps.setString(19, t.note());
            setInt(ps, 20, t.sheetRow());
            Submission.FormFields f = t.form();
            ps.setString(21, f.improvement());
            ps.setString(22, f.goal());
            ps.setString(23, f.indicator());
            ps.setString(24, f.resources());
            ps.setString(25, f.evidence());
            ps.setString(26, f.progress());
            setInt(ps, 27, f.progressPercent());
        });
        jdbc.batchUpdate("INSERT INTO funding_line (id, submission_id, seq, content, source, source_text, amount, amount_text, year_text, task_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.funding(), 256, (ps, f) -> {
                    ps.setLong(1, base + f.seq());
                    ps.setLong(2, id);
                    ps.setInt(3, f.seq());
                    ps.setString(4, f.content());
                    ps.setString(5, f.source());
                    ps.setString(6, f.sourceText());
                    setLong(ps, 7, f.amount());
                    ps.setString(8, f.amountText());
                    ps.setString(9, f.yearText());
                    setInt(ps, 10, f.taskSeq());
                });
        if (!s.priorities().isEmpty()) {
            jdbc.batchUpdate("INSERT INTO priority_issue (id, submission_id, seq, standard, criteria, current_state, weakness, cause, sheet_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s.priorities(), 128, (ps, p) -> {
                        ps.setLong(1, base + p.seq());
                        ps.setLong(2, id);
                        ps.setInt(3, p.seq());
                        ps.setString(4, p.standard());
                        ps.setString(5, p.criteria());
                        ps.setString(6, p.currentState());
                        ps.setString(7, p.weakness());
                        ps.setString(8, p.cause());
                        setInt(ps, 9, p.sheetRow());
                    });
        }
        if (!s.monitoring().isEmpty()) {
            jdbc.batchUpdate("INSERT INTO monitoring_entry (id, submission_id, seq, moment, moment_text, content, result, adjustment, reviewer, sheet_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s.monitoring(), 128, (ps, m) -> {
                        ps.setLong(1, base + m.seq());
                        ps.setLong(2, id);
                        ps.setInt(3, m.seq());
                        ps.setString(4, m.moment());
                        ps.setString(5, m.momentText());
                        ps.setString(6, m.content());
                        ps.setString(7, m.result());
                        ps.setString(8, m.adjustment());
                        ps.setString(9, m.reviewer());
                        setInt(ps, 10, m.sheetRow());
                    });
        }
    }

    private void insertFindings(long id, List<Finding> findings) {
        List<Object[]> rows = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            rows.add(new Object[] {i + 1, findings.get(i)});
        }
        jdbc.batchUpdate("INSERT INTO finding (submission_id, seq, code, severity, sheet, cell, message) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows, 256, (ps, row) -> {
                    Finding f = (Finding) row[1];
                    ps.setLong(1, id);
                    ps.setInt(2, (Integer) row[0]);
                    ps.setString(3, f.code());
                    ps.setString(4, f.severity().name());
                    ps.setString(5, f.sheet());
                    ps.setString(6, f.cell());
                    ps.setString(7, truncate(f.message(), 2000));
                });
    }

    private static MapSqlParameterSource meta(FileMeta m, State state) {
        return new MapSqlParameterSource()
                .addValue("sha256", m.sha256()).addValue("file_name", m.fileName())
                .addValue("stored_path", m.storedPath()).addValue("file_size", m.size())
                .addValue("received_at", Timestamp.from(m.receivedAt()))
                .addValue("imported_at", Timestamp.from(Instant.now()))
                .addValue("run_id", m.runId()).addValue("status", state.name());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static void setInt(java.sql.PreparedStatement ps, int i, Integer v) throws java.sql.SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static void setLong(java.sql.PreparedStatement ps, int i, Long v) throws java.sql.SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static void setDate(java.sql.PreparedStatement ps, int i, LocalDate v) throws java.sql.SQLException {
        if (v == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, v);
        }
    }
}
