package vn.kdcl.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.cli.AppContext;
import vn.kdcl.demo.DemoGenerator;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.FileInterpreter;
import vn.kdcl.ingest.FileOutcome;
import vn.kdcl.ingest.FileStatus;
import vn.kdcl.ingest.InboxFile;
import vn.kdcl.ingest.ImportService;
import vn.kdcl.ingest.RunReport;
import vn.kdcl.ingest.read.TestBooks;

/**
 * End-to-end import throughput (scan, parse, normalise, check, commit, place, report) through the
 * real job, warm, next to a bare unzip+StAX read of the same files. Not a test (surefire excludes
 * bench/); run it with {@code ./mvnw -B -o -Pbench verify} (see docs/benchmark.md).
 *
 * <p>Arguments: {@code [corpus|big|all] [files]}; system property {@code kdcl.bench.dir} (default
 * {@code target}) holds the cached corpus ({@code bench-corpus/}) and the throwaway homes.
 */
public final class ImportBenchmark {

    /**
     * The import measured is parse + normalise + check + commit; feedback workbooks for schools (POI
     * usermodel, ~10 % of files) are a separate cost: -Dbench.feedback=true includes them.
     */
    private static final String FEEDBACK = "--kdcl.feedback.enabled=" + Boolean.getBoolean("bench.feedback");
    /**
     * -Dbench.datasource.url=jdbc:postgresql://… (with -Dbench.datasource.username/password, default kdcl/kdcl)
     * imports into that database instead of each home's H2 file; the database's own CPU is then in another
     * process and not in the CPU columns, so compare wall time.
     */
    private static final String DATASOURCE = System.getProperty("bench.datasource.url");
    private static final String[] PROPERTIES = DATASOURCE == null ? new String[] {FEEDBACK} : new String[] {FEEDBACK,
            "--spring.datasource.url=" + DATASOURCE,
            "--spring.datasource.username=" + System.getProperty("bench.datasource.username", "kdcl"),
            "--spring.datasource.password=" + System.getProperty("bench.datasource.password", "kdcl")};

    private static final long SEED = 20_240_901L;
    /**
     * Rounds of the corpus pass: the optimising compiler keeps working on the import for about ten rounds
     * (docs/benchmark.md), so "warm" needs more than a couple.
     */
    private static final int DEFAULT_ROUNDS = 14;
    private static final int WARM_UP_FILES = 300;
    private static final int BIG_TASKS = 50_000;

    private final Path work;
    private final Path corpus;

    private ImportBenchmark(Path work) {
        this.work = work;
        this.corpus = work.resolve("bench-corpus");
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "all";
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        ImportBenchmark bench = new ImportBenchmark(Path.of(System.getProperty("kdcl.bench.dir", "target")).toAbsolutePath());
        // logback's file appender goes under ${kdcl.home}/logs: keep it out of the working directory
        System.setProperty("kdcl.home", bench.work.resolve("bench-homes").toString());
        System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, %s %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        if (DATASOURCE != null && (!mode.equals("corpus") && !mode.equals("plans") || "fresh".equals(System.getProperty("bench.context")))) {
            // every round empties the one shared database; fresh homes would find the last round's files known
            System.err.println("-Dbench.datasource.url works with the corpus pass in one shared context only");
            System.exit(2);
        }
        if (DATASOURCE != null) {
            System.out.println("database: " + DATASOURCE + " (its CPU is not counted below: compare wall time)");
        }
        if (mode.equals("corpus") || mode.equals("all")) {
            bench.corpus(bench.demoHome(files));
        }
        if (mode.equals("plans")) {
            bench.corpus(bench.plansHome(files));
        }
        if (mode.equals("big") || mode.equals("all")) {
            bench.big();
        }
        // Spring Batch leaves no non-daemon threads, but exec:java waits for stray ones: be explicit.
        System.exit(0);
    }

    // ---- 2,000 demo workbooks -----------------------------------------------------------------

    private void corpus(Path home) throws Exception {
        List<Path> files = listFiles(home.resolve("inbox"));
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        List<Path> zips = files.stream().filter(ImportBenchmark::isZip).toList();
        long zipBytes = 0;
        for (Path f : zips) {
            zipBytes += Files.size(f);
        }
        System.out.printf(Locale.ROOT, "corpus: %d files (%d .xlsx zips), %.1f MB, %.1f KB average%n", files.size(),
                zips.size(), bytes / 1048576.0, bytes / 1024.0 / files.size());

        // One Spring context for all rounds, as in `kdcl serve` (-Dbench.context=fresh: a new one per round, as
        // each `kdcl import` has; then every round also pays for re-compiling the code a new context loads).
        boolean fresh = "fresh".equals(System.getProperty("bench.context", "shared"));
        Shared shared = fresh ? null : new Shared(new KdclHome(freshHome("shared")).create());
        System.out.println("context: " + (fresh ? "a fresh Spring context per round" : "one Spring context for all rounds"));

        // warm-up: both passes once
        bareRead(zips);
        bareRead(zips, true);
        importOnce(home, files.subList(0, Math.min(WARM_UP_FILES, files.size())), "warm-up", shared);

        System.out.printf("%-26s %9s %8s %8s %13s %13s %9s %12s%n", "pass", "seconds", "files/s", "MB/s",
                "peak heap MB", "pool peaks MB", "GC ms", "CPU ms/file");
        List<Measured> bare = new ArrayList<>();
        List<Measured> bareJdk = new ArrayList<>();
        List<Measured> workers = new ArrayList<>();
        List<Measured> imports = new ArrayList<>();
        for (int round = 1; round <= Integer.getInteger("bench.rounds", DEFAULT_ROUNDS); round++) {
            Measured b = measure(() -> bareRead(zips));
            bare.add(b);
            print("bare unzip+StAX #" + round, b, zips.size(), zipBytes);
            Measured j = measure(() -> bareRead(zips, true));
            bareJdk.add(j);
            print("bare, JDK's StAX #" + round, j, zips.size(), zipBytes);
            if (shared != null) {
                Measured w = measure(() -> interpretOnly(shared.app().bean(FileInterpreter.class), files));
                workers.add(w);
                print("read+check, no db #" + round, w, files.size(), bytes);
            }
            Measured m = importOnce(home, files, "import #" + round, shared);
            imports.add(m);
            print("end-to-end import #" + round, m, files.size(), bytes);
        }
        Measured bestBare = bare.stream().min(Comparator.comparingDouble(Measured::seconds)).orElseThrow();
        Measured bestImport = imports.stream().min(Comparator.comparingDouble(Measured::seconds)).orElseThrow();
        double bareRate = zips.size() / bestBare.seconds();
        double importRate = files.size() / bestImport.seconds();
        System.out.printf(Locale.ROOT, "best: bare %.0f files/s, import %.0f files/s, import is %.2fx the bare read time "
                + "(CPU per file: %.2fx)%n", bareRate, importRate, bareRate / importRate,
                (bestImport.cpuSeconds() / files.size()) / (bestBare.cpuSeconds() / zips.size()));
        // The same floor with the StAX implementation the JDK carries (javax.xml.stream's default): the brief's
        // "bare unzip+StAX" names no implementation, and Aalto is the fastest one known here.
        Measured bestJdk = bareJdk.stream().min(Comparator.comparingDouble(Measured::seconds)).orElseThrow();
        System.out.printf(Locale.ROOT, "best: bare with the JDK's StAX %.0f files/s, import is %.2fx its time "
                + "(CPU per file: %.2fx)%n", zips.size() / bestJdk.seconds(), zips.size() / bestJdk.seconds() / importRate,
                (bestImport.cpuSeconds() / files.size()) / (bestJdk.cpuSeconds() / zips.size()));
        // The issue's targets, read off the best (warm) rounds; the heap is the JVM's own -Xmx (the profile gives 256m)
        double peakHeap = imports.stream().mapToDouble(Measured::peakHeapMb).max().orElse(0);
        System.out.printf(Locale.ROOT, "targets (best rounds): >= 150 files/s warm: %s (%.0f); within 3x the bare read: %s "
                        + "(%.2fx); peak heap %.0f MB of %d MB%n", importRate >= 150 ? "yes" : "NO", importRate,
                bareRate / importRate <= 3 ? "yes" : "NO", bareRate / importRate, peakHeap,
                Runtime.getRuntime().maxMemory() >> 20);
        if (bestImport == imports.get(0) || imports.size() < 8) {
            System.out.println("(fewer than 8 rounds: the JIT is still compiling the import; -Dbench.rounds=14 for warm figures)");
        }
        if (!workers.isEmpty()) {
            // The import's layers: what reading, normalising and checking cost without a database, and the rest
            // (storing, its garbage, the serial scan and place steps) as the difference.
            Measured bestWorkers = workers.stream().min(Comparator.comparingDouble(Measured::seconds)).orElseThrow();
            System.out.printf(Locale.ROOT, "best: read+check without a database %.0f files/s, %.2fx the bare read time; "
                    + "storing and the rest add %.2fx%n", files.size() / bestWorkers.seconds(),
                    bareRate / (files.size() / bestWorkers.seconds()),
                    bareRate / importRate - bareRate / (files.size() / bestWorkers.seconds()));
        }
        if (shared != null) {
            shared.app().close();
            deleteTree(shared.home().root());
        }
    }

    /** The home and context the rounds share; emptied before each round. */
    private record Shared(KdclHome home, AppContext app) {

        Shared(KdclHome home) {
            this(home, AppContext.start(home, PROPERTIES));
        }

        void reset() throws IOException {
            org.springframework.jdbc.core.JdbcTemplate jdbc = app.bean(org.springframework.jdbc.core.JdbcTemplate.class);
            for (String table : List.of("finding", "funding_line", "plan_task", "level4_result", "criterion_result",
                    "submission", "school", "run_file", "import_run")) {
                jdbc.update("DELETE FROM " + table);
            }
            if (DATASOURCE == null) {
                // H2 writes the emptied pages out in the background: let it finish before the round is timed
                jdbc.execute("CHECKPOINT");
            }
            for (Path dir : List.of(home.inbox(), home.archive(), home.rejected(), home.root().resolve("feedback"),
                    home.root().resolve("runs"))) {
                deleteTree(dir);
            }
            home.create();
        }
    }

    /**
     * The brief's own corpus: styled template-like plans of ~32 KB each (28 criteria, 35–55 tasks with unique
     * free text, see {@link ReadBenchmark}), the kind of file its bare-read figure was measured on.
     */
    private Path plansHome(int n) throws Exception {
        Path home = corpus.resolve("plans-" + n);
        Path done = home.resolve(".complete");
        if (Files.exists(done)) {
            return home;
        }
        deleteTree(home);
        Files.createDirectories(home.resolve("inbox"));
        long t0 = System.nanoTime();
        ReadBenchmark.generate(home.resolve("inbox"), n);
        Files.writeString(done, "");
        System.out.printf(Locale.ROOT, "generated %d plan workbooks in %.1f s (cached in %s)%n", n,
                (System.nanoTime() - t0) / 1e9, home);
        return home;
    }

    private Path demoHome(int n) throws IOException {
        Path home = corpus.resolve("demo-" + n + "-" + SEED);
        Path done = home.resolve(".complete");
        if (Files.exists(done)) {
            return home;
        }
        deleteTree(home);
        Files.createDirectories(home);
        long t0 = System.nanoTime();
        new DemoGenerator(CatalogueRepository.fromClasspath()).generate(home, n, SEED);
        Files.writeString(done, "");
        System.out.printf(Locale.ROOT, "generated %d demo workbooks in %.1f s (cached in %s)%n", n,
                (System.nanoTime() - t0) / 1e9, home);
        return home;
    }

    /** Imports {@code files} of the corpus through the real job, into the emptied shared home or a fresh one. */
    private Measured importOnce(Path corpusHome, List<Path> files, String label, Shared shared) throws Exception {
        if (shared != null) {
            shared.reset();
        }
        KdclHome home = shared != null ? shared.home() : new KdclHome(freshHome(label));
        home.create();
        Path corpusInbox = corpusHome.resolve("inbox");
        for (Path f : files) {
            Path target = home.inbox().resolve(corpusInbox.relativize(f).toString());
            Files.createDirectories(target.getParent());
            link(f, target);
        }
        AppContext app = shared != null ? shared.app() : AppContext.start(home, PROPERTIES);
        try {
            ImportService service = app.bean(ImportService.class);
            RunReport[] report = new RunReport[1];
            Measured m = measure(() -> {
                report[0] = service.run(home.inbox());
                return report[0].files().size();
            });
            StringBuilder counts = new StringBuilder();
            for (FileStatus s : FileStatus.values()) {
                long c = report[0].count(s);
                if (c > 0) {
                    counts.append(' ').append(s.name().toLowerCase(Locale.ROOT)).append('=').append(c);
                }
            }
            System.err.printf(Locale.ROOT, "%s: %d files in %.2f s:%s%n", label, files.size(), m.seconds(), counts);
            System.err.printf(Locale.ROOT, "%s: CPU by thread: %s%n", label, m.threads().perFile(files.size()));
            System.err.printf(Locale.ROOT, "%s: steps: %s%n", label, stepTimes(app));
            return m;
        } finally {
            if (shared == null) {
                app.close();
                deleteTree(home.root());
            }
        }
    }

    /** Wall time of each step of the last import job, from Spring Batch's own records. */
    private static String stepTimes(AppContext app) {
        org.springframework.jdbc.core.JdbcTemplate jdbc = app.bean(org.springframework.jdbc.core.JdbcTemplate.class);
        StringBuilder out = new StringBuilder();
        jdbc.query("""
                SELECT s.STEP_NAME, s.START_TIME, s.END_TIME FROM BATCH_STEP_EXECUTION s
                WHERE s.JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)
                ORDER BY s.STEP_EXECUTION_ID""", rs -> {
            java.time.Duration d = java.time.Duration.between(rs.getTimestamp(2).toLocalDateTime(),
                    rs.getTimestamp(3).toLocalDateTime());
            out.append(rs.getString(1)).append(' ').append(d.toMillis()).append(" ms, ");
        });
        return out.length() == 0 ? "-" : out.substring(0, out.length() - 2);
    }

    // ---- one workbook with 50,000 task rows ----------------------------------------------------

    private void big() throws Exception {
        Path file = corpus.resolve("big-" + BIG_TASKS + ".xlsx");
        if (!Files.exists(file)) {
            Files.createDirectories(corpus);
            long t0 = System.nanoTime();
            // SXSSF keeps 100 rows in memory: the generator itself stays small
            TestBooks b = new TestBooks(new SXSSFWorkbook(100));
            b.info("79050000", "2024-2025");
            b.criteria("Kết quả tiêu chí", 28);
            b.plan("Kế hoạch cải tiến", BIG_TASKS);
            Path tmp = corpus.resolve("big.tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                b.workbook().write(out);
            }
            ((SXSSFWorkbook) b.workbook()).close();
            Files.move(tmp, file);
            System.out.printf(Locale.ROOT, "generated %s (%.1f MB) in %.1f s%n", file.getFileName(),
                    Files.size(file) / 1048576.0, (System.nanoTime() - t0) / 1e9);
        }
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        long bytes = Files.size(file);
        Measured bare = measure(() -> ReadBenchmark.bareRead(file));
        for (int round = 1; round <= 2; round++) {
            KdclHome home = new KdclHome(freshHome("big #" + round));
            home.create();
            link(file, home.inbox().resolve(file.getFileName()));
            try (AppContext app = AppContext.start(home, PROPERTIES)) {
                ImportService service = app.bean(ImportService.class);
                RunReport[] report = new RunReport[1];
                Measured m = measure(() -> {
                    report[0] = service.run(home.inbox());
                    return report[0].files().size();
                });
                RunReport.FileEntry entry = report[0].files().get(0);
                if (!entry.status().equals(FileStatus.ACCEPTED.name())) {
                    throw new IllegalStateException("the 50k-row workbook was not accepted: " + entry.findings());
                }
                Long tasks = app.bean(org.springframework.jdbc.core.JdbcTemplate.class)
                        .queryForObject("SELECT COUNT(*) FROM plan_task", Long.class);
                System.out.printf(Locale.ROOT, "%d-task workbook #%d (%.1f MB): bare read %.2f s, import %.2f s "
                        + "(%d tasks stored, %d findings), peak heap %.0f MB (pool peaks %.0f MB), GC %d ms, CPU %.1f s%n",
                        BIG_TASKS, round, bytes / 1048576.0, bare.seconds(), m.seconds(), tasks, entry.findings().size(),
                        m.peakHeapMb(), m.poolPeaksMb(), m.gcMillis(), m.cpuSeconds());
            } finally {
                deleteTree(home.root());
            }
        }
    }

    // ---- measuring ---------------------------------------------------------------------------

    /** Wall time, heap used sampled every 10 ms (its maximum), sum of heap pool peaks, GC time. */
    record Measured(double seconds, double peakHeapMb, double poolPeaksMb, long gcMillis, double cpuSeconds,
                    long checksum, ThreadCpu threads) {
    }

    /** CPU time of the whole process (all threads, JIT and GC included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private interface Work {
        long run() throws Exception;
    }

    private static Measured measure(Work work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long gc0 = gcMillis();
        AtomicLong peak = new AtomicLong();
        ThreadCpu threadCpu = new ThreadCpu();
        threadCpu.sample();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                threadCpu.sample();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        long checksum;
        try {
            checksum = work.run();
        } finally {
            sampler.interrupt();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.join();
        threadCpu.sample();
        long poolPeaks = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        return new Measured(seconds, peak.get() / 1048576.0, poolPeaks / 1048576.0, gcMillis() - gc0, cpu, checksum,
                threadCpu);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private static void print(String name, Measured m, int files, long bytes) {
        // CPU per file is what the other load of a shared machine distorts least
        System.out.printf(Locale.ROOT, "%-26s %9.2f %8.0f %8.1f %13.0f %13.0f %9d %12.2f%n", name, m.seconds(),
                files / m.seconds(), bytes / 1048576.0 / m.seconds(), m.peakHeapMb(), m.poolPeaksMb(), m.gcMillis(),
                m.cpuSeconds() * 1000 / files);
    }

    /**
     * The import's worker part alone: every file read, normalised and checked by the job's own interpreter on
     * 2 threads, as the import's read-ahead does, but nothing stored.
     */
    private static long interpretOnly(FileInterpreter interpreter, List<Path> files) throws Exception {
        return ReadBenchmark.run(files, f -> {
            FileOutcome o = interpreter.interpret(new InboxFile(f, f.getFileName().toString(), "", Files.size(f),
                    Files.getLastModifiedTime(f).toInstant()));
            return o.submission() == null ? 0 : o.submission().tasks().size();
        });
    }

    /** ReadBenchmark's floor pass over the .xlsx files on 2 threads. */
    private static long bareRead(List<Path> files) throws Exception {
        return bareRead(files, false);
    }

    private static long bareRead(List<Path> files, boolean jdkStax) throws Exception {
        return ReadBenchmark.run(files, f -> {
            try {
                return jdkStax ? ReadBenchmark.bareReadJdk(f) : ReadBenchmark.bareRead(f);
            } catch (Exception e) {
                return -1; // a damaged demo file: the floor skips it too
            }
        });
    }

    // ---- files -------------------------------------------------------------------------------

    private Path freshHome(String label) throws IOException {
        Path homes = work.resolve("bench-homes");
        Files.createDirectories(homes);
        return Files.createTempDirectory(homes, label.replaceAll("[^a-z0-9]", "") + "-");
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static boolean isZip(Path f) {
        try (var in = Files.newInputStream(f)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
                    && f.toString().endsWith(".xlsx");
        } catch (IOException e) {
            return false;
        }
    }

    /** A hard link keeps the corpus intact when the import moves the file; copies where links fail. */
    private static void link(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
