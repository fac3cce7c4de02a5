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
    /** The StAX every JDK carries (javax.xml.stream's default implementation), for the second floor. */
    private static final XMLInputFactory JDK_XML = XMLInputFactory.newDefaultFactory();

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
        FileTask bareJdk = ReadBenchmark::bareReadJdk;
        FileTask poi = ReadBenchmark::poiUsermodelRead;
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
        run(warm, bareJdk);
        run(warm.subList(0, Math.min(warm.size(), 200)), poi);
        run(warm, fastexcel);
        run(warm, ours);
        System.out.printf("%-22s %10s %10s %14s %10s %14s %12s%n", "pass", "files/s", "MB/s", "peak heap MB",
                "CPU ms/file", "files/s@2 CPU", "checksum");
        for (int round = 1; round <= 2; round++) {
            report("bare unzip+StAX #" + round, files, bytes, bare);
            report("bare, JDK's StAX #" + round, files, bytes, bareJdk);
            report("POI usermodel #" + round, files, bytes, poi);
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

    /** POI's usermodel (XSSFWorkbook) opening the file and every cell's formatted text: the brief's slowest row. */
    private static long poiUsermodelRead(Path file) throws Exception {
        long chars = 0;
        org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                file.toFile())) {
            for (Sheet sheet : wb) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        chars += format.formatCellValue(cell).length();
                    }
                }
            }
        }
        return chars;
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

    /** The floor: inflate and tokenize every sheet part and the shared strings, nothing else (Aalto). */
    static long bareRead(Path file) throws Exception {
        return bareRead(file, XML);
    }

    /** The same floor with the JDK's own StAX implementation instead of Aalto. */
    static long bareReadJdk(Path file) throws Exception {
        return bareRead(file, JDK_XML);
    }

    private static long bareRead(Path file, XMLInputFactory factory) throws Exception {
        long chars = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String n = e.getName();
                if (n.startsWith("xl/worksheets/sheet") || n.equals("xl/sharedStrings.xml")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        XMLStreamReader x = factory.createXMLStreamReader(in);
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

    private static final vn.kdcl.catalogue.Catalogue TT18 = vn.kdcl.catalogue.CatalogueRepository.fromClasspath()
            .byId("TT18/2018").orElseThrow();

    /**
     * One sound lower-secondary plan the size of the brief's (~30 KB): TT18's 28 criteria all met at Mức 2 and
     * a third at Mức 3, 35–55 tasks with free text a school would write, budgets that add up to the funding
     * sheet. It imports without a single finding, so that the import measured is the work every file needs.
     */
    private static void write(Path file, int seed) throws IOException {
        Workbook wb = new XSSFWorkbook();
        TestBooks b = new TestBooks(wb);
        java.util.Random random = new java.util.Random(seed);
        List<vn.kdcl.catalogue.Criterion> criteria = TT18.criteria();
        int tasks = 35 + seed % 21;
        long budget = 0;
        long[] amounts = new long[tasks];
        for (int i = 0; i < tasks; i++) {
            amounts[i] = i % 4 == 3 ? 0 : (5 + random.nextInt(60)) * 1_000_000L;
            budget += amounts[i];
        }
        b.guide();
        Sheet info = wb.createSheet("Thông tin trường");
        b.row(info, 0, "THÔNG TIN TRƯỜNG");
        Object[][] pairs = {{"Mã trường", String.format(Locale.ROOT, "790%05d", seed)},
            {"Tên trường", "Trường THCS Số " + seed}, {"Cấp học", "THCS"}, {"Xã/Phường", "Phường Dư Hàng Kênh"},
            {"Tỉnh/Thành phố", "Hải Phòng"}, {"Đơn vị quản lý", "Phòng GD&ĐT Lê Chân"}, {"Năm học", "2024-2025"},
            {"Thông tư áp dụng", "TT18/2018"}, {"Hiệu trưởng", "Nguyễn Văn An"}, {"Người lập", "Trần Thị Bình"},
            {"Ngày lập", java.time.LocalDate.of(2024, 9, 30)}};
        for (int r = 0; r < pairs.length; r++) {
            b.row(info, 2 + r, pairs[r]);
        }
        Sheet crit = wb.createSheet("Kết quả tiêu chí");
        b.row(crit, 0, "KẾT QUẢ TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ");
        b.headerRow(crit, 2, TestBooks.CRITERIA_HEADER);
        for (int i = 0; i < criteria.size(); i++) {
            vn.kdcl.catalogue.Criterion c = criteria.get(i);
            boolean three = c.hasLevel(3) && i % 3 == 0;
            b.bodyRow(crit, 3 + i, c.standard(), c.code(), c.name(), "Đạt", "Đạt", three ? "Đạt" : c.hasLevel(3)
                    ? "Không đạt" : null, three ? 3 : 2, "x", "x", "H1-" + c.code() + "-0" + (i % 9 + 1));
        }
        Sheet plan = wb.createSheet("Kế hoạch cải tiến");
        b.row(plan, 0, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG NĂM HỌC 2024-2025");
        b.headerRow(plan, 2, TestBooks.PLAN_HEADER);
        String[] leads = {"Hiệu trưởng", "Phó Hiệu trưởng", "Tổ trưởng chuyên môn", "Kế toán", "Tổng phụ trách Đội"};
        String[] sources = {"Ngân sách nhà nước", "Xã hội hóa"};
        for (int i = 0; i < tasks; i++) {
            vn.kdcl.catalogue.Criterion c = criteria.get(i % criteria.size());
            int level = c.hasLevel(3) ? 3 : 2;
            b.bodyRow(plan, 3 + i, i + 1, c.code(), level, "x", "x", leads[i % leads.length], "Các tổ chuyên môn",
                    java.time.LocalDate.of(2024, 9 + i % 4, 1), java.time.LocalDate.of(2025, 5, 31),
                    amounts[i] == 0 ? "Không" : amounts[i], amounts[i] == 0 ? null : sources[i % 2],
                    "Sự hỗ trợ của Phòng GD&ĐT", "Chưa thực hiện", "");
        }
        long[] bySource = new long[2];
        for (int i = 0; i < tasks; i++) {
            bySource[i % 2] += amounts[i];
        }
        Sheet funding = wb.createSheet("Kinh phí");
        b.headerRow(funding, 0, TestBooks.FUNDING_HEADER);
        b.bodyRow(funding, 1, 1, "Các nhiệm vụ chi từ ngân sách", sources[0], bySource[0], "2024-2025", "");
        b.bodyRow(funding, 2, 2, "Các nhiệm vụ do xã hội hóa", sources[1], bySource[1], "2024-2025", "");
        b.lists();
        // unique free text as schools write it, so that files are as large as real ones (~30 KB)
        fillText(crit, random, 3, 7, 8);
        fillText(plan, random, 3, 3, 4, 6, 11, 13);
        TestBooks.write(wb, file);
    }
}
