package vn.kdcl.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The text of a PDF as pdftotext (poppler-utils, installed by .ci/run) reads it; pages end with a form feed. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }
}
