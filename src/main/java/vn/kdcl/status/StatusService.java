package vn.kdcl.status;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import vn.kdcl.home.KdclHome;
import vn.kdcl.registry.Registry;
import vn.kdcl.registry.RegistryEntry;
import vn.kdcl.registry.RegistryProvider;

/** What {@code kdcl status} shows: folders, last runs, submissions by state, schools still missing. */
@Service
public class StatusService {

    private final KdclHome home;
    private final JdbcTemplate jdbc;
    private final RegistryProvider registry;

    public StatusService(KdclHome home, JdbcTemplate jdbc, RegistryProvider registry) {
        this.home = home;
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** Schools of the registry without an accepted submission for the year, by management unit. */
    public record Missing(String unit, int expected, List<RegistryEntry> missing) {
    }

    public void print(PrintStream out, String yearOption) {
        out.println("Thư mục dữ liệu: " + home.root());
        out.printf("  Chờ nhập (inbox): %d tệp · Đã nhập (archive): %d · Bị từ chối (rejected): %d%n",
                countFiles(home.inbox()), countFiles(home.archive()), countFiles(home.rejected()));

        out.println("\nCác lần nhập gần nhất:");
        List<Map<String, Object>> runs = jdbc.queryForList("""
                SELECT r.run_id, r.started_at, r.finished_at,
                       SUM(CASE WHEN f.status = 'ACCEPTED' THEN 1 ELSE 0 END) AS accepted,
                       SUM(CASE WHEN f.status = 'REJECTED' THEN 1 ELSE 0 END) AS rejected,
                       SUM(CASE WHEN f.status = 'SKIPPED_DUPLICATE' THEN 1 ELSE 0 END) AS duplicates,
                       SUM(CASE WHEN f.status = 'DEFERRED' THEN 1 ELSE 0 END) AS deferred,
                       SUM(CASE WHEN f.status = 'PENDING' THEN 1 ELSE 0 END) AS pending
                FROM import_run r LEFT JOIN run_file f ON f.run_id = r.run_id
                GROUP BY r.run_id, r.started_at, r.finished_at
                ORDER BY r.started_at DESC LIMIT 5""");
        if (runs.isEmpty()) {
            out.println("  (chưa có lần nhập nào)");
        }
        for (Map<String, Object> r : runs) {
            out.printf("  %s  bắt đầu %s  %s  nhập %s, từ chối %s, trùng %s, để sau %s%n", r.get("run_id"),
                    shown(r.get("started_at")), r.get("finished_at") == null ? "(bị ngắt, các tệp sẽ được nhập lại)" : "xong",
                    r.get("accepted"), r.get("rejected"), r.get("duplicates"), r.get("deferred"));
        }

        out.println("\nHồ sơ theo năm học:");
        List<Map<String, Object>> states = jdbc.queryForList("""
                SELECT COALESCE(school_year, '(không rõ)') AS school_year, status, COUNT(*) AS n
                FROM submission GROUP BY COALESCE(school_year, '(không rõ)'), status ORDER BY 1, 2""");
        Map<String, Map<String, Object>> byYear = new TreeMap<>();
        for (Map<String, Object> s : states) {
            byYear.computeIfAbsent((String) s.get("school_year"), k -> new TreeMap<>()).put((String) s.get("status"), s.get("n"));
        }
        if (byYear.isEmpty()) {
            out.println("  (chưa có hồ sơ)");
        }
        byYear.forEach((year, m) -> out.printf("  %s: đang dùng %s, đã thay thế %s, lưu lịch sử %s, bị từ chối %s%n", year,
                m.getOrDefault("CURRENT", 0), m.getOrDefault("SUPERSEDED", 0), m.getOrDefault("HISTORY", 0),
                m.getOrDefault("REJECTED", 0)));

        Optional<Registry> reg = registry.current();
        if (reg.isEmpty()) {
            out.println("\nChưa có sổ đăng ký trường (registry.xlsx, .xls, .ods hoặc .csv trong " + home.root()
                    + ") nên chưa biết trường nào chưa nộp.");
            return;
        }
        String year = yearOption != null ? yearOption : defaultYear();
        out.println("\nTrường chưa có hồ sơ được chấp nhận, năm học " + year + ":");
        for (Missing m : missing(reg.get(), year)) {
            out.printf("  %s: %d/%d trường đã nộp%n", m.unit(), m.expected() - m.missing().size(), m.expected());
            m.missing().forEach(e -> out.printf("    - %s  %s%n", e.code(), e.name()));
        }
    }

    public List<Missing> missing(Registry registry, String year) {
        Set<String> submitted = new HashSet<>(jdbc.queryForList(
                "SELECT LOWER(school_code) FROM submission WHERE status = 'CURRENT' AND school_year = ?", String.class, year));
        Collator vi = Collator.getInstance(new ULocale("vi"));
        Map<String, List<RegistryEntry>> byUnit = new TreeMap<>(vi::compare);
        for (RegistryEntry e : registry.entries()) {
            byUnit.computeIfAbsent(e.unit() == null || e.unit().isBlank() ? "(không rõ đơn vị)" : e.unit(),
                    k -> new ArrayList<>()).add(e);
        }
        List<Missing> out = new ArrayList<>();
        byUnit.forEach((unit, entries) -> out.add(new Missing(unit, entries.size(), entries.stream()
                .filter(e -> !submitted.contains(e.code().strip().toLowerCase(java.util.Locale.ROOT)))
                .sorted((a, b) -> vi.compare(a.name(), b.name())).toList())));
        return out;
    }

    /** The newest school year with submissions, else the school year running today. */
    private String defaultYear() {
        String newest = jdbc.queryForObject("SELECT MAX(school_year) FROM submission WHERE status = 'CURRENT'", String.class);
        if (newest != null) {
            return newest;
        }
        LocalDate today = LocalDate.now();
        int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return start + "-" + (start + 1);
    }

    private static long countFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".why.txt")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A run's start as the reports print times: "16:25 25/11/2026". */
    private static String shown(Object timestamp) {
        java.time.LocalDateTime t = timestamp instanceof java.sql.Timestamp ts ? ts.toLocalDateTime()
                : timestamp instanceof java.time.LocalDateTime l ? l
                : timestamp instanceof java.time.OffsetDateTime o ? o.toLocalDateTime() : null;
        return t == null ? String.valueOf(timestamp) : vn.kdcl.check.Vn.time(t);
    }
}
