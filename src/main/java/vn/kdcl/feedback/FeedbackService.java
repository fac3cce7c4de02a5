package vn.kdcl.feedback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import vn.kdcl.check.Finding;
import vn.kdcl.check.Severity;
import vn.kdcl.home.FileNames;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.FileLifecycle;
import vn.kdcl.ingest.FileStatus;
import vn.kdcl.ingest.RunFiles;
import vn.kdcl.registry.KnownSchools;
import vn.kdcl.registry.Registry;
import vn.kdcl.registry.RegistryEntry;
import vn.kdcl.registry.SchoolInFileName;
import vn.kdcl.submission.SubmissionStore;

/**
 * Writes the feedback workbooks of one import run into {@code <home>/feedback/}: one per REJECTED file
 * and one per ACCEPTED file with at least one finding that concerns the school (SUB-001, "this replaces
 * your earlier file", alone does not). Files are written on a small pool because POI's usermodel is
 * slow; a file that fails is logged and skipped.
 */
@Service
public class FeedbackService {

    private static final Logger log = LoggerFactory.getLogger(FeedbackService.class);

    /** What one run's feedback produced: the workbooks, how many failed, and the mail-out list (null if none). */
    public record Summary(List<Path> written, int failed, Path list) {
    }

    private final RunFiles runFiles;
    private final SubmissionStore store;
    private final JdbcTemplate jdbc;
    private final KdclHome home;
    private final KnownSchools knownSchools;
    private final int threads;
    private final FeedbackWriter writer = new FeedbackWriter();

    public FeedbackService(RunFiles runFiles, SubmissionStore store, JdbcTemplate jdbc, KdclHome home,
                           KnownSchools knownSchools, @Value("${kdcl.feedback.threads:2}") int threads) {
        this.runFiles = runFiles;
        this.store = store;
        this.jdbc = jdbc;
        this.home = home;
        this.knownSchools = knownSchools;
        this.threads = Math.max(1, threads);
    }

    /** True when a run_file row gets a feedback workbook. */
    public static boolean wanted(RunFiles.Row row) {
        return FileStatus.wantsFeedback(row.status(), row.findings());
    }

    /**
     * The feedback workbook's name before ".phan-hoi.xlsx": the school's file name with the school code in
     * front ("79000123_KHCTCL"), so that schools whose files have the same name ("KHCTCL.xlsx", "Kế hoạch
     * cải tiến.xlsx") do not overwrite each other's feedback on later nights, while a school's resubmission
     * replaces its own. A name that has the code already keeps it once (a re-sent feedback workbook too);
     * a file whose code could not be read carries its content's hash instead.
     */
    static String name(RunFiles.Row row) {
        String stem = FeedbackWriter.stem(row.file());
        String prefix = "";
        String hash = "";
        if (row.schoolCode() != null && !row.schoolCode().isBlank()) {
            String code = FileLifecycle.safe(row.schoolCode().strip());
            prefix = FileNames.hasToken(stem, code) ? "" : code + "_";
        } else if (row.sha256() != null) {
            hash = "_" + row.sha256().substring(0, 8);
        }
        return prefix + FileNames.fit(stem, prefix + hash, FileNames.MAX_BYTES - LATER) + hash;
    }

    /** Room for what may follow the name: a hash telling same names apart, ".phan-hoi.xlsx", ".tmp" while written. */
    private static final int LATER = FileNames.bytes("_1a2b3c4d" + FeedbackWriter.SUFFIX + ".xlsx.tmp");

    /** Files handed to the pool at a time: a run's findings are never all in memory at once. */
    private static final int FILES_PER_PAGE = 200;

    /** Writes the feedback of run {@code runId}; never throws for a single file. */
    public Summary writeForRun(String runId) {
        Instant checkedAt = runFiles.startedAt(runId);
        // first pass, names only: two files of one school with the same name (two sub-folders) are kept apart
        Map<String, Integer> stemCount = new HashMap<>();
        runFiles.forEachRow(runId, row -> {
            if (wanted(row)) {
                stemCount.merge(name(row), 1, Integer::sum);
            }
        });
        if (stemCount.isEmpty()) {
            return new Summary(List.of(), 0, null);
        }
        SchoolInFileName schools = knownSchools.inFileNames();
        Optional<Registry> registry = knownSchools.registry();
        List<FeedbackList.Entry> listed = new ArrayList<>();
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "feedback-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<Path> written = new ArrayList<>();
        int[] failed = {0};
        try {
            List<RunFiles.Row> page = new ArrayList<>(FILES_PER_PAGE);
            runFiles.forEachRow(runId, row -> {
                if (wanted(row) && !Thread.currentThread().isInterrupted()) {
                    page.add(row);
                    if (page.size() == FILES_PER_PAGE) {
                        failed[0] += writePage(pool, page, stemCount, checkedAt, written, schools, registry, listed);
                        page.clear();
                    }
                }
            });
            failed[0] += writePage(pool, page, stemCount, checkedAt, written, schools, registry, listed);
        } finally {
            pool.shutdownNow();
        }
        Path list = null;
        if (!listed.isEmpty()) {
            try {
                list = FeedbackList.write(home.feedback(), runId, checkedAt, sorted(listed));
            } catch (RuntimeException e) {
                log.warn("Feedback list for run {} failed: {}", runId, e.toString(), e);
            }
        }
        if (Thread.currentThread().isInterrupted()) {
            log.warn("Feedback interrupted");
        }
        log.info("Feedback: {} workbook(s) written to {}{}", written.size(), home.feedback(),
                failed[0] == 0 ? "" : " (" + failed[0] + " failed)");
        return new Summary(List.copyOf(written), failed[0], list);
    }

    /** By unit, then school name in Vietnamese order, then the file: one unit's schools together. */
    private static List<FeedbackList.Entry> sorted(List<FeedbackList.Entry> entries) {
        Collator vi = Collator.getInstance(new ULocale("vi"));
        Comparator<String> text = Comparator.nullsLast(vi::compare);
        return entries.stream().sorted(Comparator.comparing(FeedbackList.Entry::unit, text)
                .thenComparing(FeedbackList.Entry::schoolName, text)
                .thenComparing(FeedbackList.Entry::sentFile, text)).toList();
    }

    /** What the stored submission says about who sent it and whom to write to. */
    private record Sender(String school, String unit, String preparer, String phone, String email) {
        static final Sender UNKNOWN = new Sender(null, null, null, null, null);
    }

    /** The list's line for a workbook written for {@code row}. */
    private FeedbackList.Entry entry(RunFiles.Row row, Path feedback, SchoolInFileName schools,
                                     Optional<Registry> registry) {
        Sender sender = row.sha256() == null ? Sender.UNKNOWN : jdbc.query(
                "SELECT school_name, unit, preparer, phone, email FROM submission WHERE sha256 = ?",
                (rs, i) -> new Sender(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                row.sha256()).stream().findFirst().orElse(Sender.UNKNOWN);
        String code = row.schoolCode() == null || row.schoolCode().isBlank() ? null : row.schoolCode();
        boolean guessed = false;
        if (code == null) {
            code = schools.school(row.file()).orElse(null);
            guessed = code != null;
        }
        String name = sender.school();
        String unit = sender.unit() == null || sender.unit().isBlank() ? null : sender.unit();
        String phone = sender.phone();
        String email = sender.email();
        if (code != null) {
            name = name != null ? name : schools.nameOf(code).orElse(null);
            // the plan's own contact first; the registry's for a file that could not be read
            String known = code;
            Optional<RegistryEntry> listed = registry.flatMap(r -> r.byCode(known));
            if (listed.isPresent()) {
                unit = unit != null ? unit : listed.get().unit();
                phone = phone != null ? phone : listed.get().phone();
                email = email != null ? email : listed.get().email();
            }
        }
        int errors = count(row, Severity.ERROR);
        int warnings = count(row, Severity.WARNING);
        String result = FileStatus.REJECTED.name().equals(row.status()) ? "Bị từ chối"
                : errors > 0 ? "Có lỗi" : warnings > 0 ? "Có cảnh báo" : "Có ghi chú";
        return new FeedbackList.Entry(code, guessed, name, unit, row.schoolYear(), row.file(), result, errors, warnings,
                feedback.getFileName().toString(), sender.preparer(), phone, email);
    }

    private static int count(RunFiles.Row row, Severity severity) {
        return (int) row.findings().stream().filter(f -> f.severity() == severity).count();
    }

    /** Writes one page of files on the pool and waits for them; returns how many failed. */
    private int writePage(ExecutorService pool, List<RunFiles.Row> rows, Map<String, Integer> stemCount,
                          Instant checkedAt, List<Path> written, SchoolInFileName schools,
                          Optional<Registry> registry, List<FeedbackList.Entry> listed) {
        List<Future<Path>> futures = new ArrayList<>(rows.size());
        for (RunFiles.Row row : rows) {
            String stem = name(row);
            String unique = stemCount.get(stem) > 1 && row.sha256() != null
                    ? stem + "_" + row.sha256().substring(0, 8) : stem;
            futures.add(pool.submit(() -> writer.write(input(row, checkedAt), home.feedback(), unique)));
        }
        int failed = 0;
        for (int i = 0; i < futures.size(); i++) {
            try {
                Path done = futures.get(i).get();
                written.add(done);
                listed.add(entry(rows.get(i), done, schools, registry));
            } catch (ExecutionException e) {
                failed++;
                log.warn("Feedback for {} failed: {}", rows.get(i).file(), e.getCause().toString(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.subList(i, futures.size()).forEach(f -> f.cancel(true));
                return failed + futures.size() - i;
            }
        }
        return failed;
    }

    private FeedbackInput input(RunFiles.Row row, Instant checkedAt) {
        Path original = null;
        String schoolName = null;
        if (row.sha256() != null) {
            original = store.findBySha(row.sha256()).map(k -> home.root().resolve(k.storedPath())).orElse(null);
            List<String> names = jdbc.query("SELECT school_name FROM submission WHERE sha256 = ?",
                    (rs, i) -> rs.getString(1), row.sha256());
            schoolName = names.isEmpty() ? null : names.get(0);
        }
        if (original == null || !Files.isRegularFile(original)) {
            // Not placed (yet): the file may still be where the run found it.
            Path source = home.root().resolve(row.file()).normalize();
            original = Files.isRegularFile(source) ? source : null;
        }
        return new FeedbackInput(Path.of(row.file()).getFileName().toString(), original, row.schoolCode(), schoolName,
                row.schoolYear(), FileStatus.REJECTED.name().equals(row.status()), row.findings(), checkedAt);
    }
}
