package vn.kdcl.status;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.kdcl.ingest.InboxScanner;
import vn.kdcl.registry.KnownSchools;
import vn.kdcl.registry.Registry;
import vn.kdcl.registry.RegistryEntry;
import vn.kdcl.registry.RegistryProvider;
import vn.kdcl.registry.SchoolInFileName;

/** What {@code kdcl status} shows: folders, last runs, submissions by state, schools still missing. */
@Service
public class StatusService {

    private final KdclHome home;
    private final JdbcTemplate jdbc;
    private final RegistryProvider registry;
    private final KnownSchools knownSchools;

    public StatusService(KdclHome home, JdbcTemplate jdbc, RegistryProvider registry, KnownSchools knownSchools) {
        this.home = home;
        this.jdbc = jdbc;
        this.registry = registry;
        this.knownSchools = knownSchools;
    }

    /**
     * Schools of the registry without an accepted submission for the year, by management unit, and the rejected
     * files each of them sent (by code → newest first): a school that sent a file the office could not accept is
     * called about that file, not chased for a plan.
     */
    public record Missing(String unit, int expected, List<RegistryEntry> missing, Map<String, List<Version>> rejected) {
        public long rejectedCount() {
            return missing.stream().filter(e -> rejected.containsKey(e.code())).count();
        }
    }

    public void print(PrintStream out, String yearOption) {
        print(out, yearOption, null);
    }

    /**
     * @param unitOption only this unit's missing schools (accents and case aside, or its folder name under reports/);
     *                   null for every unit
     */
    public void print(PrintStream out, String yearOption, String unitOption) {
        out.println("Thư mục dữ liệu: " + home.root());
        long duplicates = countFiles(home.archive().resolve("duplicates"));
        long zips = countFiles(home.archive().resolve("zips"));
        long withdrawn = countFiles(home.withdrawn());
        out.printf("  Chờ nhập (inbox): %d tệp · Đã nhập (archive): %d · Bị từ chối (rejected): %d%n",
                countWaiting(home.inbox()), countFiles(home.archive()) - duplicates - zips - withdrawn,
                countFiles(home.rejected()));
        if (duplicates + zips + withdrawn > 0) {
            out.printf("  Bản trùng đã bỏ qua (archive/duplicates): %d · Tệp nén đã giải nén (archive/zips): %d%s%n",
                    duplicates, zips, withdrawn > 0 ? " · Hồ sơ đã rút (archive/withdrawn): " + withdrawn : "");
        }

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
        byYear.forEach((year, m) -> out.printf("  %s: đang dùng %s, đã thay thế %s, lưu lịch sử %s, bị từ chối %s%s%n", year,
                m.getOrDefault("CURRENT", 0), m.getOrDefault("SUPERSEDED", 0), m.getOrDefault("HISTORY", 0),
                m.getOrDefault("REJECTED", 0), m.containsKey("WITHDRAWN") ? ", đã rút " + m.get("WITHDRAWN") : ""));

        Optional<Registry> reg = registry.current();
        if (reg.isEmpty()) {
            out.println("\nChưa có sổ đăng ký trường (registry.xlsx, .xls, .ods hoặc .csv trong " + home.root()
                    + ") nên chưa biết trường nào chưa nộp.");
            return;
        }
        String year = yearOption != null ? yearOption : defaultYear();
        out.println("\nTrường chưa có hồ sơ được chấp nhận, năm học " + year + ":");
        List<Missing> all = missing(reg.get(), year);
        List<Missing> shown = unitOption == null ? all : namedUnits(all, unitOption);
        if (shown.size() != 1 && unitOption != null) {
            out.println("  " + (shown.isEmpty() ? "Sổ đăng ký không có đơn vị “" + unitOption + "”"
                    : "Có " + shown.size() + " đơn vị khớp với “" + unitOption + "”") + ". Các đơn vị: "
                    + String.join("; ", (shown.isEmpty() ? all : shown).stream().map(Missing::unit).toList()) + ".");
            shown = List.of();
        }
        for (Missing m : shown) {
            long rejected = m.rejectedCount();
            out.printf("  %s: %d/%d trường đã nộp%s%n", m.unit(), m.expected() - m.missing().size(), m.expected(),
                    rejected == 0 ? "" : "; " + rejected + " trường đã gửi nhưng tệp bị từ chối");
            m.missing().forEach(e -> out.printf("    - %s  %s%s%s%n", e.code(), e.name(), contact(e),
                    rejectedNote(m.rejected().getOrDefault(e.code(), List.of()))));
        }
    }

    /**
     * The unit the officer typed: its whole name or folder name (accents and case aside), else the units whose
     * name holds the typed words ("xa muong phang" for "UBND xã Mường Phăng").
     */
    private static List<Missing> namedUnits(List<Missing> all, String typed) {
        List<Missing> exact = all.stream().filter(m -> vn.kdcl.report.ReportDataService.namesUnit(typed, m.unit())).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        String words = " " + vn.kdcl.text.VietText.fold(typed) + " ";
        return words.isBlank() ? List.of()
                : all.stream().filter(m -> (" " + vn.kdcl.text.VietText.fold(m.unit()) + " ").contains(words)).toList();
    }

    /** " (ĐT 0215 3…, a@b.vn)" when the registry has the school's phone or e-mail. */
    private static String contact(RegistryEntry e) {
        List<String> parts = new ArrayList<>();
        if (e.phone() != null) {
            parts.add("ĐT " + e.phone());
        }
        if (e.email() != null) {
            parts.add(e.email());
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /** " — đã gửi, bị từ chối: rejected/x.xlsx [FILE-002]" for a missing school that sent rejected files. */
    private static String rejectedNote(List<Version> files) {
        if (files.isEmpty()) {
            return "";
        }
        Version newest = files.get(0);
        String error = newest.firstError();
        return " — đã gửi, bị từ chối: " + newest.storedPath()
                + (error == null || error.indexOf(']') < 0 ? "" : " " + error.substring(0, error.indexOf(']') + 1))
                + (files.size() > 1 ? " (và " + (files.size() - 1) + " tệp khác)" : "");
    }

    /** One stored file of a school: a version of its plan, or a rejected file that named the school. */
    public record Version(String year, Integer version, String status, java.time.LocalDateTime receivedAt, String file,
                          String storedPath, int errors, int warnings, int infos, String firstError, String schoolCode) {
    }

    /**
     * {@code kdcl status --school}: what the office holds from one school (found by code, or by a part of its
     * name whatever the accents), year by year, newest version first; or the schools the text could mean.
     */
    public void printSchool(PrintStream out, String query) {
        Map<String, String> schools = matchingSchools(query);
        if (schools.isEmpty()) {
            out.println("Không tìm thấy trường nào có mã hoặc tên “" + query + "” trong các hồ sơ đã nhận"
                    + (registry.current().isPresent() ? " hay trong sổ đăng ký" : "") + ".");
            return;
        }
        if (schools.size() > 1) {
            out.println("Có " + schools.size() + " trường khớp với “" + query + "”; hãy gõ mã trường:");
            Map<String, List<String>> years = new TreeMap<>();
            jdbc.query("SELECT LOWER(school_code), school_year FROM submission WHERE status = 'CURRENT' ORDER BY school_year",
                    rs -> {
                        years.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    });
            schools.forEach((code, name) -> {
                List<String> current = years.get(code.toLowerCase(java.util.Locale.ROOT));
                out.printf("  %s  %s (%s)%n", code, name, current == null ? "chưa có hồ sơ được nhận"
                        : "đang dùng hồ sơ năm học " + String.join(", ", current));
            });
            return;
        }
        Map.Entry<String, String> school = schools.entrySet().iterator().next();
        String code = school.getKey();
        Optional<RegistryEntry> listed = registry.current().flatMap(r -> r.byCode(code));
        out.println("Trường " + code + " — " + school.getValue()
                + listed.map(e -> e.unit() == null || e.unit().isBlank() ? "" : " (" + e.unit() + ")").orElse("")
                + (registry.current().isPresent() && listed.isEmpty() ? " — không có trong sổ đăng ký" : ""));
        List<Version> versions = versions(code);
        // a file rejected before its school code could be read (encrypted, corrupt) is found by its name
        List<Version> unread = rejectedNaming(code);
        if (versions.isEmpty() && unread.isEmpty()) {
            out.println("  Chưa nhận được hồ sơ nào của trường này.");
            return;
        }
        String year = null;
        for (Version v : versions) {
            if (!java.util.Objects.equals(v.year(), year)) {
                year = v.year();
                out.println("  Năm học " + (year == null ? "(không rõ)" : year) + ":");
            }
            print(out, v);
        }
        if (!unread.isEmpty()) {
            out.println("  Tệp bị từ chối trước khi đọc được mã trường, có mã hoặc tên trường trong tên tệp:");
            unread.forEach(v -> print(out, v));
        }
        List<Path> feedback = feedbackFor(code);
        if (!feedback.isEmpty()) {
            out.println("  Phản hồi để gửi trường (thư mục " + home.feedback() + "):");
            for (Path f : feedback) {
                out.println("    " + f.getFileName() + " · " + vn.kdcl.check.Vn.time(modified(f)));
            }
        }
    }

    /** The school's feedback workbooks: their names carry its code (vn.kdcl.feedback.FeedbackService#name). */
    List<Path> feedbackFor(String code) {
        String safe = vn.kdcl.ingest.FileLifecycle.safe(code.strip());
        if (!Files.isDirectory(home.feedback())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(home.feedback())) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return vn.kdcl.home.FileNames.hasToken(name, safe)
                        && name.contains(vn.kdcl.feedback.FeedbackWriter.SUFFIX + ".") && !name.endsWith(".tmp");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + home.feedback(), e);
        }
    }

    private static java.time.LocalDateTime modified(Path f) {
        try {
            // the zone the database's times are written in, so that the lines above and this one agree
            return java.time.LocalDateTime.ofInstant(Files.getLastModifiedTime(f).toInstant(), java.time.ZoneId.systemDefault());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + f, e);
        }
    }

    private static void print(PrintStream out, Version v) {
        out.printf("    %s · %s · nhận %s · %d lỗi, %d cảnh báo, %d thông tin%n",
                v.version() == null ? "không nhập" : "phiên bản " + v.version(), statusLabel(v.status()),
                v.receivedAt() == null ? "?" : vn.kdcl.check.Vn.time(v.receivedAt()), v.errors(), v.warnings(), v.infos());
        out.printf("      tệp %s → %s%n", v.file(), v.storedPath());
        if (v.firstError() != null) {
            out.println("      lý do: " + v.firstError());
        }
    }

    /** A stored file's state as status and withdraw print it. */
    public static String statusLabel(String status) {
        return switch (status) {
            case "CURRENT" -> "ĐANG DÙNG";
            case "SUPERSEDED" -> "đã thay thế";
            case "HISTORY" -> "lưu lịch sử (cũ hơn bản đang dùng)";
            case "REJECTED" -> "BỊ TỪ CHỐI";
            case "WITHDRAWN" -> "ĐÃ RÚT (kdcl withdraw)";
            default -> status;
        };
    }

    /** Code → name of the schools whose code is the query, or whose name contains it (accents and case ignored). */
    Map<String, String> matchingSchools(String query) {
        String q = query == null ? "" : query.strip();
        Map<String, String> byCode = knownSchools.names();
        Map<String, String> exact = new TreeMap<>();
        byCode.forEach((code, name) -> {
            if (code.equalsIgnoreCase(q)) {
                exact.put(code, name);
            }
        });
        if (!exact.isEmpty() || q.isEmpty()) {
            return exact;
        }
        String folded = vn.kdcl.text.VietText.fold(q);
        Map<String, String> named = new TreeMap<>();
        byCode.forEach((code, name) -> {
            if (!folded.isEmpty() && vn.kdcl.text.VietText.fold(name).contains(folded)) {
                named.put(code, name);
            }
        });
        return named;
    }

    /** Every stored file of the school, by year, newest first (rejected files by the time they arrived). */
    public List<Version> versions(String code) {
        return versionsWhere("LOWER(s.school_code) = LOWER(?)", code);
    }

    /**
     * Rejected files without a school code (rejected before it could be read) whose file name names the school, by
     * its code or its name ({@link SchoolInFileName}).
     */
    List<Version> rejectedNaming(String code) {
        SchoolInFileName names = knownSchools.inFileNames();
        return versionsWhere("s.school_code IS NULL AND s.status = 'REJECTED'").stream()
                .filter(v -> names.school(v.file()).filter(code::equalsIgnoreCase).isPresent()).toList();
    }

    private List<Version> versionsWhere(String condition, Object... arguments) {
        return jdbc.query("""
                SELECT s.school_year, s.version, s.status, s.received_at, s.file_name, s.stored_path, s.school_code,
                       SUM(CASE WHEN f.severity = 'ERROR' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN f.severity = 'WARNING' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN f.severity = 'INFO' THEN 1 ELSE 0 END),
                       MIN(CASE WHEN f.severity = 'ERROR' THEN '[' || f.code || '] ' || f.message END)
                FROM submission s LEFT JOIN finding f ON f.submission_id = s.id
                WHERE %s
                GROUP BY s.id, s.school_year, s.version, s.status, s.received_at, s.file_name, s.stored_path, s.school_code
                ORDER BY s.school_year DESC, s.received_at DESC, s.id DESC""".formatted(condition),
                (rs, i) -> new Version(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toLocalDateTime(), rs.getString(5),
                        rs.getString(6), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getString(11), rs.getString(7)),
                arguments);
    }

    public List<Missing> missing(Registry registry, String year) {
        Set<String> submitted = new HashSet<>(jdbc.queryForList(
                "SELECT LOWER(school_code) FROM submission WHERE status = 'CURRENT' AND school_year = ?", String.class, year));
        Map<String, List<Version>> rejected = rejectedThisYear(year);
        Collator vi = Collator.getInstance(new ULocale("vi"));
        Map<String, List<RegistryEntry>> byUnit = new TreeMap<>(vi::compare);
        for (RegistryEntry e : registry.entries()) {
            byUnit.computeIfAbsent(e.unit() == null || e.unit().isBlank() ? "(không rõ đơn vị)" : e.unit(),
                    k -> new ArrayList<>()).add(e);
        }
        List<Missing> out = new ArrayList<>();
        byUnit.forEach((unit, entries) -> {
            List<RegistryEntry> missing = entries.stream()
                    .filter(e -> !submitted.contains(e.code().strip().toLowerCase(java.util.Locale.ROOT)))
                    .sorted((a, b) -> vi.compare(a.name(), b.name())).toList();
            Map<String, List<Version>> theirs = new TreeMap<>();
            missing.forEach(e -> {
                List<Version> files = rejected.get(e.code().strip().toLowerCase(java.util.Locale.ROOT));
                if (files != null) {
                    theirs.put(e.code(), files);
                }
            });
            out.add(new Missing(unit, entries.size(), missing, theirs));
        });
        return out;
    }

    /**
     * Rejected files of the year by school (lower-case code), newest first: those whose code was read (year unknown
     * or this one), and those rejected before it could be read whose file name names a school and no other year.
     */
    private Map<String, List<Version>> rejectedThisYear(String year) {
        SchoolInFileName names = knownSchools.inFileNames();
        Map<String, List<Version>> bySchool = new HashMap<>();
        for (Version v : versionsWhere("s.status = 'REJECTED' AND (s.school_year IS NULL OR s.school_year = ?)", year)) {
            Optional<String> code = v.schoolCode() != null ? Optional.of(v.schoolCode())
                    : SchoolInFileName.namesAnotherYear(v.file(), year) ? Optional.empty() : names.school(v.file());
            code.ifPresent(c -> bySchool.computeIfAbsent(c.strip().toLowerCase(java.util.Locale.ROOT),
                    k -> new ArrayList<>()).add(v));
        }
        return bySchool;
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

    /** Files the next import would look at (as its scan lists them), lock and temporary files aside. */
    private static long countWaiting(Path inbox) {
        return InboxScanner.list(inbox).stream()
                .filter(f -> !InboxScanner.isTemporary(f.path()) && (f.size() >= 0 || Files.isRegularFile(f.path())))
                .count();
    }

    private static long countFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(vn.kdcl.ingest.FileLifecycle.WHY)).count();
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
