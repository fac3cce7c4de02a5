package vn.kdcl.check;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.template.SchoolSubmissionData;
import vn.kdcl.template.SchoolSubmissionData.CriterionMark;
import vn.kdcl.template.SchoolSubmissionData.FundingLine;
import vn.kdcl.template.SchoolSubmissionData.Level4Mark;
import vn.kdcl.template.SchoolSubmissionData.PlanTask;
import vn.kdcl.template.TemplateWriter;

/**
 * Realistic, consistent school workbooks written with the product's template writer, as a starting
 * point that each test changes in one place ("make one thing wrong").
 */
final class PlanWorkbooks {

    static final CatalogueRepository CATALOGUES = CatalogueRepository.fromClasspath();

    private PlanWorkbooks() {
    }

    static Catalogue catalogue(String id) {
        return CATALOGUES.byId(id).orElseThrow();
    }

    /** A mutable recipe for one workbook. */
    static final class Book {
        final Catalogue catalogue;
        final Map<InfoField, Object> info = new EnumMap<>(InfoField.class);
        final List<CriterionMark> marks = new ArrayList<>();
        final List<Level4Mark> level4 = new ArrayList<>();
        final List<PlanTask> tasks = new ArrayList<>();
        final List<FundingLine> funding = new ArrayList<>();
        /** Hand edits after the template writer, as a school would make them in Excel. */
        final List<Consumer<XSSFWorkbook>> edits = new ArrayList<>();

        Book(Catalogue catalogue) {
            this.catalogue = catalogue;
        }

        Book info(InfoField field, Object value) {
            if (value == null) {
                info.remove(field);
            } else {
                info.put(field, value);
            }
            return this;
        }

        /** Replaces the marks of one criterion (or appends a row for a code the circular lacks). */
        Book mark(String code, Boolean l1, Boolean l2, Boolean l3) {
            CriterionMark m = new CriterionMark(code, l1, l2, l3, null, null, null);
            for (int i = 0; i < marks.size(); i++) {
                if (marks.get(i).code().equals(code)) {
                    marks.set(i, m);
                    return this;
                }
            }
            marks.add(m);
            return this;
        }

        Book withoutMark(String code) {
            marks.removeIf(m -> m.code().equals(code));
            return this;
        }

        Book task(PlanTask t) {
            tasks.add(t);
            return this;
        }

        /** Changes task i (0-based) of the plan. */
        Book editTask(int i, UnaryOperator<PlanTask> edit) {
            tasks.set(i, edit.apply(tasks.get(i)));
            return this;
        }

        Book funding(FundingLine f) {
            funding.add(f);
            return this;
        }

        SchoolSubmissionData data() {
            return new SchoolSubmissionData(info, marks, level4, tasks, funding);
        }

        Book edit(Consumer<XSSFWorkbook> edit) {
            edits.add(edit);
            return this;
        }

        /** Sets a cell's text (or number) on a sheet, e.g. {@code set("Kết quả tiêu chí", "E2", "Đạt")}. */
        Book set(String sheet, String a1, Object value) {
            return edit(wb -> PlanWorkbooks.set(wb.getSheet(sheet), a1, value));
        }

        XSSFWorkbook workbook() {
            XSSFWorkbook wb = new TemplateWriter().build(catalogue, data());
            edits.forEach(e -> e.accept(wb));
            return wb;
        }

        Path write(Path file) {
            try (XSSFWorkbook wb = workbook()) {
                return save(wb, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Path save(org.apache.poi.ss.usermodel.Workbook wb, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    static void set(Sheet sheet, String a1, Object value) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(a1);
        Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** The row (1-based, as Excel shows it) of a criterion code in "Kết quả tiêu chí" of a template workbook. */
    static int criterionRow(Catalogue cat, String code) {
        for (int i = 0; i < cat.criteria().size(); i++) {
            if (cat.criteria().get(i).code().equals(code)) {
                return i + 2;
            }
        }
        throw new IllegalArgumentException(code);
    }

    static PlanTask task(String criterion, String task, String lead, Object start, Object end, Object budget,
                         String source) {
        return new PlanTask(criterion, null, null, task, lead, null, start, end, budget, source, null, null, null);
    }

    static PlanTask withCriterion(PlanTask t, String criterion) {
        return new PlanTask(criterion, t.targetLevel(), t.expectedResult(), t.task(), t.lead(), t.partners(), t.start(),
                t.end(), t.budget(), t.source(), t.support(), t.status(), t.note());
    }

    static PlanTask withPeriod(PlanTask t, Object start, Object end) {
        return new PlanTask(t.criterion(), t.targetLevel(), t.expectedResult(), t.task(), t.lead(), t.partners(), start,
                end, t.budget(), t.source(), t.support(), t.status(), t.note());
    }

    static PlanTask withLead(PlanTask t, String lead) {
        return new PlanTask(t.criterion(), t.targetLevel(), t.expectedResult(), t.task(), lead, t.partners(), t.start(),
                t.end(), t.budget(), t.source(), t.support(), t.status(), t.note());
    }

    static PlanTask withBudget(PlanTask t, Object budget, String source) {
        return new PlanTask(t.criterion(), t.targetLevel(), t.expectedResult(), t.task(), t.lead(), t.partners(),
                t.start(), t.end(), budget, source, t.support(), t.status(), t.note());
    }

    /**
     * A consistent 2024-2025 workbook: every criterion at Mức 1 and 2, none at Mức 3, no Mức 4,
     * declared counts and level that match, two funded tasks (1.1 and 2.1, 81 + 20 triệu from NSNN and
     * xã hội hóa) inside the school year, the Kinh phí sheet and the declared total agreeing with them.
     */
    static Book clean(String catalogueId) {
        Catalogue cat = catalogue(catalogueId);
        Book b = new Book(cat);
        String type = switch (cat.framework()) {
            case TT17 -> "Tiểu học";
            case TT18 -> "THCS";
            case TT19 -> "Mầm non";
            case TT57 -> "THCS";
        };
        b.info(InfoField.SCHOOL_CODE, "79-" + cat.framework() + "-001")
                .info(InfoField.SCHOOL_NAME, "Trường " + type + " Hòa Bình")
                .info(InfoField.SCHOOL_TYPE, type)
                .info(InfoField.UNIT, "Phòng GD&ĐT quận Ninh Kiều")
                .info(InfoField.PROVINCE, "Cần Thơ")
                .info(InfoField.SCHOOL_YEAR, "2024-2025")
                .info(InfoField.CIRCULAR, catalogueId)
                .info(InfoField.DECLARED_LEVEL, "Mức 2")
                .info(InfoField.COUNT_LEVEL1, count(cat, 1, cat.countHavingLevel(1)))
                .info(InfoField.COUNT_LEVEL2, count(cat, 2, cat.countHavingLevel(2)))
                .info(InfoField.COUNT_LEVEL3, count(cat, 3, 0))
                .info(InfoField.TOTAL_BUDGET, "101 triệu đồng")
                .info(InfoField.PRINCIPAL, "Nguyễn Thị Lan")
                .info(InfoField.PREPARED_ON, "15/10/2024");
        if (!cat.level4().isEmpty()) {
            b.info(InfoField.COUNT_LEVEL4, "0/" + cat.level4().size());
            for (int i = 1; i <= cat.level4().size(); i++) {
                b.level4.add(new Level4Mark(i, false, null));
            }
        }
        for (Criterion c : cat.criteria()) {
            b.marks.add(new CriterionMark(c.code(), true, c.hasLevel(2) ? true : null, c.hasLevel(3) ? false : null,
                    null, null, null));
        }
        b.task(task("1.1", "Rà soát, điều chỉnh phương hướng chiến lược xây dựng và phát triển nhà trường",
                "Hiệu trưởng", "Tháng 10/2024", "Tháng 12/2024", "81 triệu đồng", "Ngân sách nhà nước"));
        b.task(task("2.1", "Bồi dưỡng năng lực quản lý cho tổ trưởng chuyên môn", "Phó hiệu trưởng",
                "HK II", "", "20 triệu", "Xã hội hóa"));
        b.funding(new FundingLine("Rà soát phương hướng chiến lược", "Ngân sách nhà nước", "81.000.000", "2024-2025", null));
        b.funding(new FundingLine("Bồi dưỡng tổ trưởng", "Xã hội hóa", "20.000.000", "2024-2025", null));
        return b;
    }

    static String count(Catalogue cat, int level, int n) {
        return n + "/" + cat.countHavingLevel(level);
    }
}
