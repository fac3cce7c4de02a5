package vn.kdcl.ingest;

import java.util.ArrayList;
import java.util.List;

import vn.kdcl.check.Finding;
import vn.kdcl.hash.Sha256;
import vn.kdcl.submission.Submission;

/**
 * The widths of the store's bounded text columns (V2__submissions.sql). A value wider than its
 * column would make the chunk's insert fail and stop every run at the same file, so such a file
 * is rejected instead (FILE-006), and finding texts are shortened to fit.
 */
final class StorageLimits {

    /** A file's name as the run report gives it (run_file.file, submission.file_name). */
    static final int FILE_NAME = 1000;
    private static final int MESSAGE = 2000;
    private static final int SHEET = 200;
    private static final int CELL = 20;

    private StorageLimits() {
    }

    /**
     * A name of at most {@link #FILE_NAME} characters for a file whose own is longer: its start and its
     * end, with a hash of the whole between them so that two long names stay two names.
     */
    static String shortName(String name) {
        if (name.length() <= FILE_NAME) {
            return name;
        }
        String mid = "…(" + Sha256.of(name).substring(0, 12) + ")…";
        int head = 300;
        return name.substring(0, head) + mid + name.substring(name.length() - (FILE_NAME - head - mid.length()));
    }

    /** Descriptions (Vietnamese) of the fields too long to store; empty when everything fits. */
    static List<String> tooLong(Submission s) {
        List<String> out = new ArrayList<>();
        Submission.School sc = s.school();
        check(out, "Mã trường", sc.code(), 64);
        check(out, "Tên trường", sc.name(), 400);
        check(out, "Cấp học", sc.typeText(), 200);
        check(out, "Đơn vị quản lý", sc.unit(), 400);
        check(out, "Tỉnh/Thành phố", sc.province(), 200);
        check(out, "Quận/Huyện", sc.district(), 200);
        check(out, "Xã/Phường", sc.commune(), 200);
        check(out, "Năm học", s.schoolYear(), 9);
        check(out, "Giai đoạn kế hoạch", s.planPeriod(), 40);
        check(out, "Mã danh mục", s.catalogueId(), 40);
        if (s.contact() != null) {
            check(out, "Hiệu trưởng", s.contact().principal(), 200);
            check(out, "Người lập", s.contact().preparer(), 200);
            check(out, "Điện thoại", s.contact().phone(), 100);
            check(out, "Email", s.contact().email(), 200);
            check(out, "Ngày lập", s.contact().preparedOn(), 100);
        }
        for (Submission.CriterionResult c : s.criteria()) {
            check(out, "Mã tiêu chí", c.code(), 10);
        }
        for (Submission.PlanTask t : s.tasks()) {
            String row = t.sheetRow() == null ? "" : " (dòng " + t.sheetRow() + ")";
            check(out, "Tiêu chí của nhiệm vụ" + row, t.criterion(), 20);
            check(out, "Tên tiêu chí của nhiệm vụ" + row, t.criterionText(), 400);
            check(out, "Chủ trì" + row, t.lead(), 1000);
            check(out, "Phối hợp" + row, t.partners(), 1000);
            check(out, "Thời gian" + row, t.periodText(), 1000);
            check(out, "Kinh phí" + row, t.amountText(), 1000);
            check(out, "Nguồn kinh phí" + row, t.sourceText(), 1000);
            check(out, "Tình trạng" + row, t.statusText(), 400);
        }
        for (Submission.FundingLine f : s.funding()) {
            check(out, "Nguồn kinh phí (trang Kinh phí)", f.sourceText(), 1000);
            check(out, "Số tiền (trang Kinh phí)", f.amountText(), 1000);
            check(out, "Năm (trang Kinh phí)", f.yearText(), 100);
        }
        return out;
    }

    /** The finding with its texts shortened to the widths of the finding table. */
    static Finding fit(Finding f) {
        if (within(f.message(), MESSAGE) && within(f.sheet(), SHEET) && within(f.cell(), CELL)) {
            return f;
        }
        return new Finding(f.code(), f.severity(), cut(f.sheet(), SHEET), cut(f.cell(), CELL), cut(f.message(), MESSAGE));
    }

    private static void check(List<String> out, String label, String value, int max) {
        if (!within(value, max)) {
            out.add(label + " dài " + value.length() + " ký tự (tối đa " + max + ")");
        }
    }

    private static boolean within(String s, int max) {
        return s == null || s.length() <= max;
    }

    private static String cut(String s, int max) {
        return within(s, max) ? s : s.substring(0, max - 1) + "…";
    }
}
