package vn.kdcl.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kdcl.cli.AppContext;
import vn.kdcl.export.ExportService;
import vn.kdcl.export.ExportedSchool;
import vn.kdcl.home.KdclHome;
import vn.kdcl.submission.SubmissionStore;

/**
 * An office's database from before migration V4 (content rows keyed by submission and position) opens with its
 * rows kept, keyed by the single number V4 gives them, and exports as before.
 */
class ContentRowKeysMigrationTest {

    @TempDir
    Path dir;

    @Test
    void rowsStoredUnderVersion3AreKeptAndKeyedInOrder() {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        String url = "jdbc:h2:file:" + home.db().resolve("kdcl").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .target("3").load().migrate();
        JdbcTemplate v3 = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "sa", ""));
        v3.update("""
                INSERT INTO submission (id, sha256, file_name, stored_path, file_size, received_at, imported_at, run_id, status,
                                        school_code, school_name, school_year, version)
                VALUES (7, '%s', 'inbox/kh.xlsx', 'archive/T-001_2024-2025_aaaaaaaa.xlsx', 1, TIMESTAMP '2024-09-20 08:00:00',
                        TIMESTAMP '2024-09-21 02:00:00', 'r1', 'CURRENT', 'T-001', 'Trường Tiểu học Thanh Xương', '2024-2025', 1)
                """.formatted("a".repeat(64)));
        // criteria in sheet order 1.2 (row 5), 1.1 (row 6), 1.3 (no row); Mức 4 results 2 and 1; two tasks; a line
        v3.update("INSERT INTO criterion_result (submission_id, code, level1, level2, level3, level, sheet_row) VALUES "
                + "(7, '1.2', TRUE, TRUE, FALSE, 2, 5), (7, '1.1', TRUE, FALSE, FALSE, 1, 6), (7, '1.3', FALSE, FALSE, FALSE, 0, NULL)");
        v3.update("INSERT INTO level4_result (submission_id, number, met) VALUES (7, 2, TRUE), (7, 1, FALSE)");
        v3.update("INSERT INTO plan_task (submission_id, seq, criterion, task, amount) VALUES "
                + "(7, 2, '1.2', 'Tu sửa thư viện', 50000000), (7, 1, '1.1', 'Bồi dưỡng giáo viên', 20000000)");
        v3.update("INSERT INTO funding_line (submission_id, seq, content, source, amount) VALUES "
                + "(7, 1, 'Sửa chữa', 'NSNN', 70000000)");

        try (AppContext app = AppContext.start(home)) {
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            long base = 7 * SubmissionStore.ROWS_PER_SUBMISSION;
            assertThat(jdbc.queryForList("SELECT id, code FROM criterion_result ORDER BY id")).extracting(r -> r.get("CODE"))
                    .containsExactly("1.2", "1.1", "1.3");
            assertThat(jdbc.queryForList("SELECT id FROM criterion_result ORDER BY id", Long.class))
                    .containsExactly(base + 1, base + 2, base + 3);
            assertThat(jdbc.queryForList("SELECT id FROM level4_result ORDER BY number", Long.class))
                    .containsExactly(base + 1, base + 2);
            List<Map<String, Object>> tasks = jdbc.queryForList("SELECT id, seq, task FROM plan_task ORDER BY id");
            assertThat(tasks).extracting(r -> r.get("ID"), r -> r.get("TASK")).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(base + 1, "Bồi dưỡng giáo viên"),
                    org.assertj.core.groups.Tuple.tuple(base + 2, "Tu sửa thư viện"));
            assertThat(jdbc.queryForObject("SELECT id FROM funding_line", Long.class)).isEqualTo(base + 1);

            ExportedSchool school = app.bean(ExportService.class).schools("2024-2025").get(0);
            assertThat(school.criteria()).extracting(ExportedSchool.CriterionEntry::code).containsExactly("1.2", "1.1", "1.3");
            assertThat(school.tasks()).extracting(ExportedSchool.TaskEntry::task)
                    .containsExactly("Bồi dưỡng giáo viên", "Tu sửa thư viện");
            assertThat(school.funding().total()).isEqualTo(70_000_000L);
        }
    }
}
