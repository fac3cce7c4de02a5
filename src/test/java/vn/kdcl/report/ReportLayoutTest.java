package vn.kdcl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.cli.KdclCommand;

/**
 * What a printed page must never show: a section heading as the last line, its table on the next
 * page. The demo's 60 schools (seed 1, what {@code kdcl demo --schools 60} writes) put sections at
 * page bottoms in several reports; every page of every PDF is checked with pdftotext.
 */
class ReportLayoutTest {

    /** Numbered dashboard sections ("7. Kinh phí dự kiến theo trường") and the school summary's headings. */
    private static final Pattern HEADING = Pattern.compile("^(\\d\\. \\p{Lu}.*|Kết quả tự đánh giá: .*|Kết quả đánh giá các tiêu chí|"
            + "Tiêu chí Mức 4|Kế hoạch cải tiến: .*|Kinh phí theo nguồn .*|Kết quả kiểm tra hồ sơ)$");

    @TempDir
    Path dir;

    @Test
    void noPageEndsWithASectionHeading() throws Exception {
        String home = dir.resolve("home").toString();
        assertThat(KdclCommand.execute("--home", home, "demo", "--schools", "60")).isZero();
        assertThat(KdclCommand.execute("--home", home, "import")).isIn(0, 1);
        assertThat(KdclCommand.execute("--home", home, "report")).isZero();
        List<Path> pdfs;
        try (Stream<Path> s = Files.walk(dir.resolve("home/reports"))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf") && !p.toString().endsWith("book.pdf")).sorted().toList();
        }
        assertThat(pdfs).hasSizeGreaterThan(50);
        List<String> stranded = new ArrayList<>();
        int pages = 0;
        for (Path pdf : pdfs) {
            String[] texts = ReportDataServiceTest.pdfText(pdf).split("\f", -1);
            for (int i = 0; i < texts.length - 1; i++) {
                pages++;
                String last = lastLineAboveFooter(texts[i]);
                if (HEADING.matcher(last).matches()) {
                    stranded.add(dir.relativize(pdf) + " page " + (i + 1) + ": " + last);
                }
            }
        }
        assertThat(pages).isGreaterThan(100);
        assertThat(stranded).as("headings left alone at the bottom of a page").isEmpty();
    }

    private static String lastLineAboveFooter(String page) {
        String[] lines = page.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("Tạo bởi kdcl-hub") && !line.startsWith("Trang ")) {
                return line;
            }
        }
        return "";
    }
}
