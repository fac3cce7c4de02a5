package vn.kdcl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.hash.Sha256;
import vn.kdcl.home.KdclHome;

/** Zip archives of workbooks in the inbox: what is taken out, where it goes, and re-runs after a crash. */
class InboxArchivesTest {

    @TempDir
    Path dir;

    private static final Instant SAVED = Instant.parse("2024-10-03T02:15:00Z");

    private static Path zip(Path file, Charset names, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out, names)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setLastModifiedTime(FileTime.from(SAVED));
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void takesOutTheWorkbooksOnlyWithSafeNamesAndFilesTheArchiveAway() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Kế hoạch cải tiến (trả lời)/THCS Thanh Xương/KHCTCL 2024-2025.xlsx", bytes("a"));
        entries.put("Kế hoạch cải tiến (trả lời)/TH Hẹ Muông.XLS", bytes("b"));
        entries.put("Kế hoạch cải tiến (trả lời)/MN Hoa Ban.ods", bytes("c"));
        entries.put("Kế hoạch cải tiến (trả lời)/Biên bản.pdf", bytes("d"));
        entries.put("Kế hoạch cải tiến (trả lời)/~$KHCTCL 2024-2025.xlsx", bytes("lock"));
        entries.put("__MACOSX/Kế hoạch cải tiến (trả lời)/._TH Hẹ Muông.XLS", bytes("fork"));
        entries.put("../../../ngoai-hop-thu.xlsx", bytes("escape"));
        entries.put("/tuyet-doi.xlsx", bytes("root"));
        entries.put("C:\\Users\\pgd\\Desktop\\ban:sao?.xlsm", bytes("windows"));
        entries.put("ban-cu.zip", bytes("nested"));
        Path archive = zip(home.inbox().resolve("email/Tải xuống.zip"), StandardCharsets.UTF_8, entries);
        assertThat(InboxArchives.isWorkbookArchive(archive)).isTrue();

        String sha = Sha256.of(archive);
        InboxArchives.Unpacked u = new InboxArchives(home, 1 << 20, 100).unpack(archive, sha);

        assertThat(u.workbooks()).isEqualTo(5);
        assertThat(u.skipped()).isEqualTo(5);
        assertThat(u.folder()).isEqualTo(home.inbox().resolve("email/Tải xuống"));
        assertThat(files(u.folder())).containsExactly(
                ".kdcl-unpacked-" + sha.substring(0, 8),
                "C_/Users/pgd/Desktop/ban_sao_.xlsm",
                "Kế hoạch cải tiến (trả lời)/MN Hoa Ban.ods",
                "Kế hoạch cải tiến (trả lời)/TH Hẹ Muông.XLS",
                "Kế hoạch cải tiến (trả lời)/THCS Thanh Xương/KHCTCL 2024-2025.xlsx",
                "tuyet-doi.xlsx");
        assertThat(Files.readString(u.folder().resolve("Kế hoạch cải tiến (trả lời)/TH Hẹ Muông.XLS"))).isEqualTo("b");
        // the school's save time orders versions of one school, not the moment of unpacking
        assertThat(Files.getLastModifiedTime(u.folder().resolve("tuyet-doi.xlsx")).toInstant()).isEqualTo(SAVED);
        assertThat(archive).doesNotExist();
        assertThat(home.root().resolve(u.storedAs())).exists().hasFileName(u.storedAs().substring(13));
        assertThat(u.storedAs()).isEqualTo("archive/zips/" + sha.substring(0, 8) + "_Tải xuống.zip");
        assertThat(files(dir.resolve("data")).stream().filter(f -> f.contains("ngoai-hop-thu"))).isEmpty();
    }

    @Test
    void namesWrittenInTheWindowsVietnameseCodePageAreRead() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        // Windows-1258 writes Vietnamese with combining tone marks: "ờ" is "ơ" + U+0300
        String decomposed = "Tr\u01B0\u01A1\u0300ng THCS.xlsx";
        Path archive = zip(home.inbox().resolve("tep.zip"), Charset.forName("windows-1258"),
                Map.of(decomposed, bytes("x")));
        InboxArchives.Unpacked u = new InboxArchives(home, 1 << 20, 100).unpack(archive, Sha256.of(archive));
        assertThat(u.workbooks()).isEqualTo(1);
        assertThat(files(u.folder())).contains("Trường THCS.xlsx");
    }

    @Test
    void oversizedEntriesAndWorkbookPackagesAreLeftAlone() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        Path archive = zip(home.inbox().resolve("lon.zip"), StandardCharsets.UTF_8,
                Map.of("to.xlsx", new byte[3000], "nho.xlsx", bytes("ok")));
        InboxArchives.Unpacked u = new InboxArchives(home, 2000, 100).unpack(archive, Sha256.of(archive));
        assertThat(u.workbooks()).isEqualTo(1);
        assertThat(u.skipped()).isEqualTo(1);
        // more entries than allowed: nothing unpacked, no partial copy left behind, the archive stays for the import
        Path many = zip(home.inbox().resolve("nhieu.zip"), StandardCharsets.UTF_8,
                Map.of("a.xlsx", bytes("a"), "b.xlsx", bytes("b"), "c.xlsx", bytes("c")));
        assertThat(new InboxArchives(home, 2000, 2).unpack(many, Sha256.of(many))).isNull();
        assertThat(many).exists();
        try (Stream<Path> hidden = Files.list(home.inbox())) {
            assertThat(hidden.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".kdcl-unpacking-"));
        }
        // an .xlsx renamed .zip is a workbook, not an archive of them; a zip of PDFs is no archive of workbooks
        Path renamed = zip(home.inbox().resolve("ke-hoach.zip"), StandardCharsets.UTF_8,
                Map.of("[Content_Types].xml", bytes("<Types/>"), "xl/workbook.xml", bytes("<workbook/>"), "a.xlsx", bytes("")));
        Path pdfs = zip(home.inbox().resolve("bien-ban.zip"), StandardCharsets.UTF_8, Map.of("a.pdf", bytes("%PDF")));
        Path notZip = Files.writeString(home.inbox().resolve("hong.zip"), "không phải zip");
        assertThat(Stream.of(renamed, pdfs, notZip).map(InboxArchives::isWorkbookArchive)).containsOnly(false);
        assertThat(new InboxArchives(home, 2000, 100).unpack(notZip, Sha256.of(notZip))).isNull();
        assertThat(notZip).exists();
    }

    @Test
    void aRunKilledWhileUnpackingOrBeforeFilingTheArchiveIsCompletedOnce() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        Path archive = zip(home.inbox().resolve("dot-1.zip"), StandardCharsets.UTF_8,
                Map.of("a.xlsx", bytes("a"), "b.xlsx", bytes("b")));
        String sha = Sha256.of(archive);
        // killed while unpacking: a hidden, partial folder that the scan does not see
        Path working = Files.createDirectories(home.inbox().resolve(".kdcl-unpacking-" + sha.substring(0, 8)));
        Files.writeString(working.resolve("a.xlsx"), "a-half");
        assertThat(new InboxScanner(java.time.Duration.ZERO).scan(home.inbox()))
                .extracting(e -> e.file().relative()).containsExactly("dot-1.zip");

        InboxArchives archives = new InboxArchives(home, 1 << 20, 100);
        InboxArchives.Unpacked first = archives.unpack(archive, sha);
        assertThat(working).doesNotExist();
        assertThat(Files.readString(first.folder().resolve("a.xlsx"))).isEqualTo("a");

        // killed after the folder was complete but before the archive was filed away: the same zip again
        Files.move(home.root().resolve(first.storedAs()), archive);
        Files.delete(first.folder().resolve("a.xlsx")); // imported and moved out meanwhile
        InboxArchives.Unpacked again = archives.unpack(archive, sha);
        assertThat(again.folder()).isEqualTo(first.folder());
        assertThat(again.workbooks()).isZero();
        assertThat(files(home.inbox())).containsExactly("dot-1/.kdcl-unpacked-" + sha.substring(0, 8), "dot-1/b.xlsx");
        // a later copy of the same archive goes with the duplicates
        Files.copy(home.root().resolve(again.storedAs()).getParent().resolve(Path.of(again.storedAs()).getFileName()),
                home.inbox().resolve("dot-1.zip"));
        assertThat(archives.unpack(home.inbox().resolve("dot-1.zip"), sha).storedAs()).startsWith("archive/duplicates/");
    }
}
