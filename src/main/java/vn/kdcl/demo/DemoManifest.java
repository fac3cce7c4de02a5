package vn.kdcl.demo;

import java.util.List;

/**
 * What {@code kdcl demo} wrote ({@code <home>/demo/manifest.json}), so that tests of the importer and
 * checks can compare their results with the faults that were injected.
 *
 * @param seed     the random seed
 * @param province the province of every school
 * @param registry the registry path relative to the home
 * @param files    one entry per file written under {@code inbox/}
 */
public record DemoManifest(long seed, String province, String registry, List<FileEntry> files) {

    public DemoManifest {
        files = List.copyOf(files);
    }

    /**
     * One file of the inbox.
     *
     * @param path             relative to the home, with forward slashes ({@code inbox/…/x.xlsx})
     * @param sha256           hex digest of the file bytes
     * @param schoolCode       the school it belongs to (also when the file itself lacks the code)
     * @param schoolName       the registry name
     * @param schoolType       MN, TH, THCS, THPT, PTNCH or GDTX
     * @param schoolLevelLabel the "Cấp học" as written (e.g. "PTDTBT Tiểu học")
     * @param unit             Đơn vị quản lý
     * @param schoolYear       e.g. 2026-2027
     * @param catalogue        catalogue version used for the content
     * @param level            school level the content gives (null for files without content)
     * @param criteria         number of criteria rows written
     * @param tasks            number of plan tasks written
     * @param totalBudget      sum of the plan's budgets in đồng
     * @param faulty           true when at least one defect is a deliberate fault
     * @param defects          machine-readable defect codes ({@link Defect} names)
     * @param expectedFindings finding codes an importer should report (FILE-005 and SUB-001 assume the
     *                         file is imported after the one it duplicates or supersedes)
     * @param relatedPath      the file this one duplicates or supersedes, else null
     * @param form             {@code TT57/2026} for the Thông tư 57/2026 workbook, {@code 2018} for the 2018 one
     * @param declaredLevel    Mức tự đánh giá as written ("Mức 1", "Không đạt Mức 1"; "2" on 2018 forms), null
     *                         for files without content
     * @param reviews          rows of "Theo dõi, đánh giá" (TT57 only)
     * @param details          where the injected faults are, in English ("plan row 2: period empty",
     *                         "criterion 1.3: mandatory, Mức 1 Không đạt")
     */
    public record FileEntry(String path, String sha256, String schoolCode, String schoolName, String schoolType,
                            String schoolLevelLabel, String unit, String schoolYear, String catalogue, Integer level,
                            Integer criteria, Integer tasks, Long totalBudget, boolean faulty, List<String> defects,
                            List<String> expectedFindings, String relatedPath, String form, String declaredLevel,
                            Integer reviews, List<String> details) {
        public FileEntry {
            defects = List.copyOf(defects);
            expectedFindings = List.copyOf(expectedFindings);
            details = details == null ? List.of() : List.copyOf(details);
        }
    }
}
