package vn.kdcl.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.ingest.SampleWorkbooks;
import vn.kdcl.template.SchoolSubmissionData;
import vn.kdcl.template.TemplateWriter;

/** A small but complete TT17 primary-school submission, written with the product's template writer. */
final class FeedbackSamples {

    static final CatalogueRepository CATALOGUES = CatalogueRepository.fromClasspath();
    static final Instant DATE = Instant.parse("2024-10-05T02:00:00Z");
    static final TemplateWriter WRITER = new TemplateWriter(DATE);

    private FeedbackSamples() {
    }

    static Catalogue tt17() {
        return CATALOGUES.byId("TT17/2018").orElseThrow();
    }

    /**
     * Every criterion at Mức 2 (four at Mức 3), declared consistently; three plan tasks whose second one
     * starts at {@code secondStart} (row 3 of "Kế hoạch cải tiến", column H).
     */
    static SchoolSubmissionData school(String code, String secondStart) {
        return SampleWorkbooks.heMuong(code, "13/9/2023", List.of(
                SampleWorkbooks.task("1.1", "Rà soát phương hướng chiến lược", "Hiệu trưởng", "Quý 1/2024", "", "81 triệu đồng", "Ngân sách nhà nước"),
                SampleWorkbooks.task("3.1", "Xây dựng nhà vệ sinh", "Phó hiệu trưởng; tổ trưởng", secondStart, "", "3 tỷ đồng", "Ngân sách nhà nước"),
                SampleWorkbooks.task("M4.2", "Xây dựng thư viện điện tử", "Hiệu trưởng", "Quý 2/2024", "", "350 triệu", "Xã hội hóa")));
    }

    /** Every cell's text of a workbook, sheet by sheet, one cell per line. */
    static String text(Path workbook) throws IOException {
        StringBuilder out = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.append(format.formatCellValue(cell)).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
