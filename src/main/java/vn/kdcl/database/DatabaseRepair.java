package vn.kdcl.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.h2.api.ErrorCode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.kdcl.home.KdclHome;

/**
 * Rebuilds the embedded H2 database of a home from its rows, for a database that a power cut or a killed
 * process left with an index that no longer matches its table (H2 then fails statements with "Timeout trying
 * to lock table" or "Row not found", cf. h2database issue 4388, instead of answering them).
 *
 * <p>{@code SCRIPT} reads every table through its rows, not through the damaged indexes, and {@code RUNSCRIPT}
 * into a new file creates every index again from those rows. Nothing is lost: a copy of the old file and the
 * script stay in {@code db/ban-cu-<time>/}, and a rebuild that fails puts the old file back. A file H2 cannot
 * open at all is left as it is, with a message that says so: H2's page-by-page Recover tool may return a
 * script without the tables, and kdcl would then start on an empty database.
 */
public final class DatabaseRepair {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRepair.class);

    /** The database's name in {@code <home>/db/}, as in application.properties' default URL. */
    static final String NAME = "kdcl";

    /** What a repair did. */
    public record Result(Path kept, Path script, Map<String, Long> rows) {
    }

    /** What an officer is told when a command fails on a database that {@link #looksDamaged} recognises. */
    public static final String ADVICE = "Cơ sở dữ liệu có thể đã hỏng (thường do mất điện hoặc tắt máy khi đang ghi)."
            + " Hãy chạy: ./kdcl repair — lệnh này dựng lại cơ sở dữ liệu từ dữ liệu của nó và giữ tệp cũ;"
            + " sau đó chạy lại lệnh vừa rồi.";

    /**
     * H2's error codes for a database whose indexes and rows disagree or whose file is damaged. In one kdcl
     * process nothing else holds H2's locks (HomeLock), so a lock timeout is one of these too: H2 retries a
     * statement that keeps finding an index entry without its row until the lock timeout (h2database#4388).
     */
    private static final Set<Integer> DAMAGED = Set.of(ErrorCode.LOCK_TIMEOUT_1, ErrorCode.ROW_NOT_FOUND_WHEN_DELETING_1,
            ErrorCode.ROW_NOT_FOUND_IN_PRIMARY_INDEX, ErrorCode.FILE_CORRUPTED_1);

    /** True when a failure looks like a damaged H2 database, which {@link #repair()} rebuilds. */
    public static boolean looksDamaged(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.h2.mvstore.MVStoreException) {
                return true;
            }
            if (t instanceof SQLException sql && DAMAGED.contains(sql.getErrorCode())
                    && t.getClass().getName().startsWith("org.h2.")) {
                return true;
            }
        }
        return false;
    }

    private final KdclHome home;
    private final Clock clock;

    public DatabaseRepair(KdclHome home, Clock clock) {
        this.home = home;
        this.clock = clock;
    }

    /** Why this home's database cannot be repaired here (another database is configured), or null. */
    public String unsupported() {
        String url = configuredUrl();
        if (url == null || url.startsWith("jdbc:h2:file:${kdcl.home}/db/" + NAME)) {
            return null;
        }
        return "lệnh repair chỉ dựng lại cơ sở dữ liệu H2 mặc định (" + file() + "); thư mục dữ liệu này dùng "
                + url + " (đặt trong kdcl.properties): hãy dùng công cụ của cơ sở dữ liệu đó"
                + (url.startsWith("jdbc:postgresql:") ? " (PostgreSQL: pg_dump, REINDEX)." : ".");
    }

    /** The database file. */
    public Path file() {
        return home.db().resolve(NAME + ".mv.db");
    }

    /** The time that names what one repair keeps and stages ("20241001-030405"). */
    static String stamp(Clock clock) {
        return LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }

    /** Where a repair keeps the old database: {@code db/ban-cu-<stamp>/}. */
    static Path keptFolder(KdclHome home, String stamp) {
        return home.db().resolve("ban-cu-" + stamp);
    }

    /** What an officer is told when another process has the database open; {@code command} is what to run again. */
    public String inUseMessage(String command) {
        return "Cơ sở dữ liệu " + file() + " đang được một chương trình kdcl khác sử dụng (kdcl serve?); hãy dừng "
                + "chương trình đó rồi chạy lại " + command + ".";
    }

    public Result repair() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Chưa có cơ sở dữ liệu " + file + ": không có gì để sửa.");
        }
        Path kept = keptFolder(home, stamp(clock));
        Path copy = kept.resolve(file.getFileName());
        try {
            // the damaged file exactly as it was, before H2 opens it (opening writes to it)
            Files.createDirectories(kept);
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            Path script = kept.resolve(NAME + ".sql.gz");
            try {
                scriptTo(script);
            } catch (SQLException e) {
                if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                    Files.delete(copy);
                    Files.delete(kept);
                    throw new IllegalStateException(inUseMessage("kdcl repair"), e);
                }
                throw new IllegalStateException("Không đọc được dữ liệu trong " + file + " (" + e.getMessage()
                        + "), nên không dựng lại được; tệp không bị thay đổi (bản sao ở " + copy + "). Hãy khôi phục "
                        + "thư mục " + home.db() + " từ bản sao lưu gần nhất, hoặc dựng cơ sở dữ liệu mới từ các tệp gốc "
                        + "của các trường (trong " + home.archive() + " và " + home.rejected() + "): kdcl repair --from-files.", e);
            }
            Files.delete(file);
            Files.deleteIfExists(home.db().resolve(NAME + ".trace.db"));
            try {
                Map<String, Long> rows = rebuildFrom(script);
                if (!rows.containsKey("flyway_schema_history") || !rows.containsKey("submission")) {
                    throw new IllegalStateException("the script holds no kdcl tables: " + rows.keySet());
                }
                return new Result(kept, script, rows);
            } catch (SQLException | RuntimeException e) {
                Files.deleteIfExists(file);
                Files.copy(copy, file, StandardCopyOption.COPY_ATTRIBUTES);
                throw new IllegalStateException("Không dựng lại được cơ sở dữ liệu (" + e.getMessage()
                        + "); tệp cũ đã được đặt lại chỗ cũ, dữ liệu đọc được ở " + script + ".", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot repair " + file, e);
        }
    }

    /**
     * True when another process (kdcl serve) has the database open: H2 locks its file, and a rebuild must not
     * move it from under that process.
     */
    public boolean inUse() {
        if (!Files.isRegularFile(file())) {
            return false;
        }
        try (Connection c = connect(true)) {
            return false;
        } catch (SQLException e) {
            return e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1;
        }
    }

    private void scriptTo(Path script) throws SQLException {
        try (Connection c = connect(true); Statement s = c.createStatement()) {
            s.execute("SCRIPT TO " + literal(script) + " COMPRESSION GZIP");
            s.execute("SHUTDOWN");
        }
    }

    private Map<String, Long> rebuildFrom(Path script) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = connect(false); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM " + literal(script) + " COMPRESSION GZIP");
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES
                    WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    rows.put(table.toLowerCase(java.util.Locale.ROOT), rs.getLong(1));
                }
            }
            s.execute("SHUTDOWN");
        }
        return rows;
    }

    /** @param existing open the damaged file, never create an empty one in its place */
    private Connection connect(boolean existing) throws SQLException {
        Properties p = settings();
        return DriverManager.getConnection("jdbc:h2:file:" + home.db().resolve(NAME).toAbsolutePath()
                        + (existing ? ";IFEXISTS=TRUE" : ""),
                p.getProperty("spring.datasource.username", "sa"), p.getProperty("spring.datasource.password", ""));
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** The datasource URL the program would use: a system property, the environment, else kdcl.properties. */
    private String configuredUrl() {
        String url = System.getProperty("spring.datasource.url", System.getenv("SPRING_DATASOURCE_URL"));
        return url != null ? url : settings().getProperty("spring.datasource.url");
    }

    private Properties settings() {
        Properties p = new Properties();
        Path f = home.root().resolve("kdcl.properties");
        if (Files.isRegularFile(f)) {
            try (InputStream in = Files.newInputStream(f)) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + f, e);
            }
        }
        return p;
    }
}
