package vn.kdcl.status;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.kdcl.home.KdclHome;

/** What {@code kdcl status} shows: the folders, the last runs and the state of submissions. */
@Service
public class StatusService {

    private final KdclHome home;
    private final JdbcTemplate jdbc;

    public StatusService(KdclHome home, JdbcTemplate jdbc) {
        this.home = home;
        this.jdbc = jdbc;
    }

    public void print(PrintStream out) {
        out.println("Thư mục dữ liệu: " + home.root());
        out.printf("  Hộp thư đến (inbox): %d tệp chờ%n", countFiles(home.inbox()));
        out.printf("  Đã nhập (archive):   %d tệp%n", countFiles(home.archive()));
        out.printf("  Bị từ chối (rejected): %d tệp%n", countFiles(home.rejected()) );
        out.println("Sổ đăng ký trường: " + home.registry().map(Path::toString).orElse("(chưa có registry.xlsx / registry.csv)"));
        out.println("Các lần chạy gần nhất:");
        var runs = jdbc.queryForList("""
                SELECT i.JOB_NAME, e.START_TIME, e.END_TIME, e.STATUS
                FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                ORDER BY e.JOB_EXECUTION_ID DESC LIMIT 5""");
        if (runs.isEmpty()) {
            out.println("  (chưa có lần chạy nào)");
        }
        runs.forEach(r -> out.printf("  %-10s %s → %s  %s%n", r.get("JOB_NAME"), r.get("START_TIME"), r.get("END_TIME"), r.get("STATUS")));
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
}
