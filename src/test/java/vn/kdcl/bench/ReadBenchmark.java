package vn.kdcl.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.kdcl.ingest.read.ReadOutcome;
import vn.kdcl.ingest.read.TestBooks;
import vn.kdcl.ingest.read.WorkbookReader;

/**
 * Throughput of the workbook reader against a bare unzip+StAX pass over the same files, on 2 threads.
 * Not a test (surefire excludes bench/). Usage:
 * {@code java -Xmx256m -cp target/classes:target/test-classes:$(cat cp.txt) vn.kdcl.bench.ReadBenchmark [N | DIR]}
 */
public final class ReadBenchmark {

    private static final int THREADS = 2;
    private static final XMLInputFactory XML = new com.fasterxml.aalto.stax.InputFactoryImpl();

    interface FileTask {
        long run(Path file) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        if (args.length > 0 && Files.isDirectory(Path.of(args[0]))) {
            try (Stream<Path> s = Files.list(Path.of(args[0]))) {
                files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
            }
        } else {
            int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
            Path dir = Files.createTempDirectory("kdcl-bench");
            long t0 = System.nanoTime();
            files = generate(dir, n);
            System.err.printf(Locale.ROOT, "generated %d workbooks in %s in %.1f s%n", n, dir, (System.nanoTime() - t0) / 1e9);
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf(Locale.ROOT, "%d files, %.1f KB average, %d threads, max heap %d MB%n", files.size(),
                bytes / 1024.0 / files.size(), THREADS, Runtime.getRuntime().maxMemory() >> 20);

        WorkbookReader reader = new WorkbookReader();
        FileTask bare = ReadBenchmark::bareRead;
        FileTask fastexcel = ReadBenchmark::fastexcelRead;
        FileTask ours = file -> {
            ReadOutcome o = reader.read(file);
            if (o.rejected()) {
                throw new IllegalStateException(file + ": " + o.findings());
            }
            return o.workbook().tasks().size();
        };
        List<Path> warm = files.subList(0, Math.min(files.size(), 1000));
        run(warm, bare);
        run(warm, fastexcel);
        run(warm, ours);
        System.out.printf("%-22s %10s %10s %14s %10s %14s %12s%n", "pass", "files/s", "MB/s", "peak heap MB",
                "CPU ms/file", "files/s@2 CPU", "checksum");
        for (int round = 1; round <= 2; round++) {
            report("bare unzip+StAX #" + round, files, bytes, bare);
            report("fastexcel cells #" + round, files, bytes, fastexcel);
            report("WorkbookReader #" + round, files, bytes, ours);
        }
    }

    private static void report(String name, List<Path> files, long bytes, FileTask task) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        AtomicLong cpuNanos = new AtomicLong();
        long checksum = run(files, task, cpuNanos);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double cpuMsPerFile = cpuNanos.get() / 1e6 / files.size();
        // CPU time is what the machine's other load does not distort: 2 idle cores would give 2000/cpuMs files/s
        System.out.printf(Locale.ROOT, "%-22s %10.0f %10.1f %14.1f %10.3f %14.0f %12d%n", name, files.size() / seconds,
                bytes / 1048576.0 / seconds, peak / 1048576.0, cpuMsPerFile, THREADS * 1000 / cpuMsPerFile, checksum);
    }

    /** Runs the task over all files on the benchmark threads; returns the sum of what it returned. */
    static long run(List<Path> files, FileTask task) throws Exception {
        return run(files, task, new AtomicLong());
    }

    private static long run(List<Path> files, FileTask task, AtomicLong cpuNanos) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong sum = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    int i;
                    while ((i = next.getAndIncrement()) < files.size()) {
                        sum.addAndGet(task.run(files.get(i)));
                    }
                    cpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpu0);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return sum.get();
    }

    /** fastexcel-reader alone: every cell's text of every sheet, no interpretation. */
    private static long fastexcelRead(Path file) throws Exception {
        long chars = 0;
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                file.toFile())) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : wb.getSheets().toList()) {
                try (Stream<org.dhatim.fastexcel.reader.Row> rows = sheet.openStream()) {
                    for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) rows::iterator) {
                        for (org.dhatim.fastexcel.reader.Cell cell : row) {
                            chars += cell == null ? 0 : cell.getText().length();
                        }
                    }
                }
            }
        }
        return chars;
    }

    /** The floor: inflate and tokenize every sheet part and the shared strings, nothing else. */
    static long bareRead(Path file) throws Exception {
        long chars = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String n = e.getName();
                if (n.startsWith("xl/worksheets/sheet") || n.equals("xl/sharedStrings.xml")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        XMLStreamReader x = XML.createXMLStreamReader(in);
                        while (x.hasNext()) {
                            if (x.next() == XMLStreamConstants.CHARACTERS) {
                                chars += x.getTextLength();
                            }
                        }
                        x.close();
                    }
                }
            }
        }
        return chars;
    }

    private static final String[] WORDS = ("nhà trường giáo viên học sinh cán bộ quản lý tổ chuyên môn kế hoạch "
            + "bồi dưỡng tập huấn chất lượng giáo dục cơ sở vật chất thiết bị dạy học thư viện phòng học bộ môn "
            + "cha mẹ cộng đồng địa phương phối hợp triển khai thực hiện rà soát đánh giá kiểm tra giám sát "
            + "điều chỉnh bổ sung xây dựng phát triển nâng cao hiệu quả kịp thời đầy đủ thường xuyên năm học "
            + "tiêu chí tiêu chuẩn mức độ minh chứng hồ sơ sổ sách quy chế dân chủ công khai tài chính ngân sách "
            + "xã hội hóa tham mưu ủy ban nhân dân phòng giáo dục sở kỹ năng sống đạo đức an toàn vệ sinh").split(" ");

    private static void fillText(Sheet sheet, java.util.Random random, int firstRow, int... cols) {
        for (int r = firstRow; r <= sheet.getLastRowNum(); r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
            for (int c : cols) {
                org.apache.poi.ss.usermodel.Cell cell = row == null ? null : row.getCell(c);
                if (cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                int words = 20 + random.nextInt(30);
                for (int w = 0; w < words; w++) {
                    sb.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                cell.setCellValue(Character.toUpperCase(sb.charAt(0)) + sb.substring(1) + ".");
            }
        }
    }

    /** Styled template-like plans: 28 criteria, 35–55 tasks under MỨC sections, merged cells, dates. */
    static List<Path> generate(Path dir, int n) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(dir.resolve(String.format(Locale.ROOT, "plan_%05d.xlsx", i)));
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < n) {
                    write(files.get(i), i);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return files;
    }

    private static void write(Path file, int seed) throws IOException {
        Workbook wb = new XSSFWorkbook();
        TestBooks b = new TestBooks(wb);
        b.guide();
        b.info(String.format(Locale.ROOT, "790%05d", seed), "2024-2025");
        b.criteria("Kết quả tiêu chí", 28);
        b.level4("Mức 4");
        Sheet plan = b.plan("Kế hoạch cải tiến", 35 + seed % 21);
        int last = plan.getLastRowNum();
        b.bodyRow(plan, last + 1, "MỨC 3");
        TestBooks.merge(plan, last + 1, last + 1, 0, 13);
        for (int k = 0; k < 3; k++) {
            b.bodyRow(plan, last + 2 + k, k + 1, k == 0 ? "3.3" : null, 3, "Đạt Mức 3",
                    "Công việc bổ sung số " + k + " cho tiêu chí 3.3 theo kế hoạch của nhà trường", "Hiệu trưởng",
                    "Kế toán", java.time.LocalDate.of(2024, 9 + k, 1), java.time.LocalDate.of(2025, 5, 31),
                    (k + 1) * 10_000_000, "Xã hội hóa", "", "", "");
        }
        TestBooks.merge(plan, last + 2, last + 4, 1, 1);
        b.funding("Kinh phí");
        b.lists();
        // unique free text as schools write it, so that files are as large as real ones (~32 KB)
        java.util.Random random = new java.util.Random(seed);
        fillText(wb.getSheet("Kết quả tiêu chí"), random, 3, 2, 7, 8);
        fillText(plan, random, 3, 3, 4, 11, 13);
        TestBooks.write(wb, file);
    }
}
