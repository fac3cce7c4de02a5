package vn.kdcl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.cli.AppContext;
import vn.kdcl.home.KdclHome;
import vn.kdcl.text.VietText;

/**
 * Files whose names on disk are in the Windows Vietnamese code page, not UTF-8 (a FAT USB stick, an old unzip):
 * Java shows "�" for their letters and could neither open nor move them, so they were reported as missing and
 * stayed in the inbox. They are renamed to the name they were meant to have and imported.
 */
class UndecodableNamesTest {

    @TempDir
    Path dir;

    /** The bytes as a printf format: octal escapes, plain ASCII for the command line. */
    private static String octal(byte[] name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name) {
            out.append('\\').append(String.format("%03o", b & 0xff));
        }
        return out.toString();
    }

    /**
     * Creates the folder {@code inbox/<folder bytes>} and copies {@code source} into it as {@code <file bytes>}, by
     * the shell: Java itself cannot give a file a name that is not UTF-8.
     */
    private static void copyUnderRawNames(Path source, Path inbox, byte[] folder, byte[] file) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "d=\"$(printf \"$1\")\"; mkdir \"$d\" && cp \"$3\" \"$d/$(printf \"$2\")\"",
                "sh", octal(folder), octal(file), source.toString()).directory(inbox.toFile()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }

    @Test
    void namesInTheWindowsVietnameseCodePageAreReadAndTheFilesImported() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        Path sound = dir.resolve("sound.xlsx");
        SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-001", "13/9/2023"), "TT17/2018", sound);
        Files.setLastModifiedTime(sound, FileTime.from(Instant.parse("2023-09-20T08:00:00Z")));
        // code page 1258 writes tone marks as separate characters after the base letter
        byte[] folder = "Trươ\u0300ng A".getBytes(VietText.WINDOWS_VIETNAMESE);
        byte[] file = "Kê\u0301 hoa\u0323ch.xlsx".getBytes(VietText.WINDOWS_VIETNAMESE);
        copyUnderRawNames(sound, home.inbox(), folder, file);
        try (Stream<Path> made = Files.walk(home.inbox())) {
            List<Path> raw = made.filter(p -> !p.equals(home.inbox())).toList();
            assertThat(raw).hasSize(2).allSatisfy(p -> {
                assertThat(p.getFileName().toString()).contains("\uFFFD"); // what Java makes of them
                assertThat(InboxNames.undecodable(p)).isTrue();
            });
        }
        Path unreadable = home.inbox().resolve("khong-doc-duoc.xlsx"); // a plain UTF-8 name is left alone
        Files.writeString(unreadable, "không phải sổ tính");
        assertThat(InboxNames.undecodable(unreadable)).isFalse();

        RunReport report;
        try (AppContext app = AppContext.start(home)) {
            report = app.bean(ImportService.class).run(home.inbox());
        }

        assertThat(report.files()).extracting(f -> f.file() + " " + f.status()).containsExactlyInAnyOrder(
                "inbox/Trường A/Kế hoạch.xlsx ACCEPTED", "inbox/khong-doc-duoc.xlsx REJECTED");
        try (Stream<Path> left = Files.walk(home.inbox())) {
            assertThat(left.filter(Files::isRegularFile).toList()).isEmpty();
        }
    }

    @Test
    void decodingPrefersUtf8AndGivesNfc() {
        assertThat(InboxNames.decode("Kế hoạch".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo("Kế hoạch");
        assertThat(InboxNames.decode("Kê\u0301 hoa\u0323ch".getBytes(VietText.WINDOWS_VIETNAMESE))).isEqualTo("Kế hoạch");
        assertThat(InboxNames.decode(new byte[] {'a', 0x01, 'b'})).isEqualTo("a_b");
        assertThat(List.of(InboxNames.decode(new byte[] {'.', '.'}))).containsExactly("_");
    }
}
