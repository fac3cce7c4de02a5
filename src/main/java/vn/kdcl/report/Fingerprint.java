package vn.kdcl.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a PDF was rendered from, kept beside it (.sha) so that nightly runs skip unchanged schools. */
final class Fingerprint {

    private Fingerprint() {
    }

    static boolean matches(Path pdf, String fingerprint) {
        Path sha = sidecar(pdf);
        try {
            return Files.isRegularFile(pdf) && Files.isRegularFile(sha) && Files.readString(sha).strip().equals(fingerprint);
        } catch (IOException e) {
            return false;
        }
    }

    static void write(Path pdf, String fingerprint) {
        try {
            Files.writeString(sidecar(pdf), fingerprint + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path pdf) throws IOException {
        Files.deleteIfExists(sidecar(pdf));
    }

    private static Path sidecar(Path pdf) {
        return pdf.resolveSibling("." + pdf.getFileName() + ".sha");
    }
}
