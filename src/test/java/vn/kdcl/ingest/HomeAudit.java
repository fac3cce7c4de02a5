package vn.kdcl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import vn.kdcl.home.KdclHome;

/** Checks that a home's database and folders agree: nothing lost, nothing twice, the H2 file sound. */
final class HomeAudit {

    private HomeAudit() {
    }

    static Connection open(KdclHome home) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + home.db().resolve("kdcl"), "sa", "");
    }

    /**
     * The H2 file opens and every table reads in full; every submission's stored file exists; no
     * content is stored twice; the originals are each in exactly one of inbox/, archive/, rejected/.
     */
    static void assertConsistent(KdclHome home, long originals) throws Exception {
        try (Connection c = open(home)) {
            List<String> tables = strings(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'");
            assertThat(tables).isNotEmpty();
            for (String t : tables) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM \"" + t + "\"")) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= cols; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
            for (String stored : strings(c, "SELECT stored_path FROM submission")) {
                assertThat(home.root().resolve(stored)).as("stored file of a submission").isRegularFile();
            }
            assertThat(strings(c, "SELECT sha256 FROM submission GROUP BY sha256 HAVING COUNT(*) > 1"))
                    .as("content stored twice").isEmpty();
        }
        assertThat(files(home.inbox()) + files(home.archive()) + files(home.rejected()))
                .as("originals in inbox + archive + rejected").isEqualTo(originals);
    }

    static List<String> strings(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Regular files (no symlinks, no .why.txt, no lock files) under a folder. */
    static long files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().endsWith(".why.txt"))
                    .filter(p -> !InboxScanner.isTemporary(p)).count();
        }
    }
}
