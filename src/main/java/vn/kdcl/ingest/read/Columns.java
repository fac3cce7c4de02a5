package vn.kdcl.ingest.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the folded header label of a column ({@link vn.kdcl.text.VietText#fold}) for each
 * table, with the synonyms found in real plans. Checks run from the most specific label to the
 * least, so "Nguồn kinh phí" is a source before "kinh phí" can make it a budget.
 */
final class Columns {

    enum Criteria { STANDARD, CODE, NAME, LEVEL1, LEVEL2, LEVEL3, DECLARED, STRENGTHS, WEAKNESSES, EVIDENCE,
        SCHOOL_LEVEL }

    enum Level4 { CODE, CONTENT, RESULT, NOTE }

    enum Plan { NUMBER, CRITERION, TARGET_LEVEL, EXPECTED_RESULT, TASK, LEAD, PARTNERS, START, END, BUDGET, SOURCE,
        SUPPORT, STATUS, NOTE, IMPROVEMENT, GOAL, INDICATOR, RESOURCES, EVIDENCE }

    enum Priority { NUMBER, STANDARD, CRITERIA, CURRENT, WEAKNESS, CAUSE }

    enum Monitoring { NUMBER, MOMENT, CONTENT, RESULT, ADJUSTMENT, REVIEWER }

    enum Funding { NUMBER, CONTENT, SOURCE, AMOUNT, YEAR, NOTE }

    private static final Pattern LEVEL_N = Pattern.compile("\\bmuc (?:do )?([1-4])\\b");
    private static final Pattern NUMBER_LABEL = Pattern.compile("^(tt|stt|so tt|so thu tu|thu tu|no)$");

    private Columns() {
    }

    static Criteria criteria(String f) {
        if (f.equals("cap hoc") || f.equals("cap") || f.startsWith("cap hoc ")) {
            return Criteria.SCHOOL_LEVEL; // a multi-level school's results per cấp học
        }
        if (f.contains("diem manh")) {
            return Criteria.STRENGTHS;
        }
        if (f.contains("diem yeu") || f.contains("ton tai") || f.contains("han che")) {
            return Criteria.WEAKNESSES;
        }
        if (f.contains("minh chung")) {
            return Criteria.EVIDENCE;
        }
        if (f.contains("muc dat") || f.contains("muc danh gia") || f.contains("xep muc") || f.equals("muc")) {
            return Criteria.DECLARED;
        }
        Matcher m = f.contains("muc ") ? LEVEL_N.matcher(f) : null; // the regex needs "muc ": skip it on most labels
        if (m != null && m.find()) {
            return switch (m.group(1)) {
                case "1" -> Criteria.LEVEL1;
                case "2" -> Criteria.LEVEL2;
                case "3" -> Criteria.LEVEL3;
                default -> null; // Mức 4 results live in their own sheet
            };
        }
        if (f.contains("ten tieu chi") || f.startsWith("noi dung") || f.equals("ten")) {
            return Criteria.NAME;
        }
        if (f.contains("ma tieu chi") || f.equals("ma") || f.equals("tieu chi") || f.equals("tc") || f.equals("ma tc")) {
            return Criteria.CODE;
        }
        if (f.startsWith("tieu chuan") || f.equals("tc chuan")) {
            return Criteria.STANDARD;
        }
        return null;
    }

    static Level4 level4(String f) {
        if (f.contains("ghi chu")) {
            return Level4.NOTE;
        }
        if (f.contains("ket qua") || f.contains("danh gia") || f.equals("dat") || f.contains("dat khong dat")) {
            return Level4.RESULT;
        }
        if (f.startsWith("noi dung") || f.contains("ten tieu chi") || f.contains("yeu cau")) {
            return Level4.CONTENT;
        }
        if (f.contains("ma tieu chi") || f.equals("tieu chi") || f.equals("ma") || f.equals("tt") || f.equals("stt")) {
            return Level4.CODE;
        }
        return null;
    }

    static Plan plan(String f) {
        if (isNumberLabel(f)) {
            return Plan.NUMBER;
        }
        if (f.contains("ghi chu")) {
            return Plan.NOTE;
        }
        if (f.contains("tinh trang") || f.contains("trang thai") || f.contains("tien do") || f.contains("muc do thuc hien")
                || f.contains("muc do hoan thanh") || f.equals("muc do")) {
            return Plan.STATUS;
        }
        // the TT57/2026 form's columns, before the older labels they contain ("nguon", "ket qua", "noi dung")
        if (f.contains("nguon luc")) {
            return Plan.RESOURCES;
        }
        if (f.contains("minh chung") || f.contains("thong tin du lieu")) {
            return Plan.EVIDENCE;
        }
        if (f.contains("chi so") || f.contains("tieu chi danh gia ket qua")) {
            return Plan.INDICATOR;
        }
        if (f.startsWith("muc tieu")) {
            return Plan.GOAL;
        }
        if (f.startsWith("noi dung cai tien") || f.startsWith("van de cai tien") || f.startsWith("noi dung can cai tien")) {
            return Plan.IMPROVEMENT;
        }
        if (f.contains("nguon kinh phi") || f.contains("nguon kp") || f.contains("nguon von") || f.equals("nguon")
                || f.startsWith("nguon ngan sach")) {
            return Plan.SOURCE;
        }
        if (f.contains("kinh phi") || f.contains("so tien") || f.contains("du toan")) {
            return Plan.BUDGET;
        }
        if (f.contains("dieu kien")) {
            return Plan.SUPPORT;
        }
        if (f.contains("muc can dat") || f.contains("muc phan dau") || f.contains("muc dat duoc") || f.contains("muc cai tien")) {
            return Plan.TARGET_LEVEL;
        }
        if (f.contains("ket qua")) {
            return Plan.EXPECTED_RESULT;
        }
        if (f.contains("chu tri") || f.contains("trien khai") || f.contains("phu trach") || f.contains("nguoi thuc hien")
                || f.contains("don vi thuc hien") || f.contains("ca nhan thuc hien") || f.contains("trach nhiem")) {
            return Plan.LEAD;
        }
        if (f.contains("phoi hop")) {
            return Plan.PARTNERS;
        }
        if (f.contains("bat dau") || f.startsWith("tu ngay")) {
            return Plan.START;
        }
        if (f.contains("thuc hien va hoan thanh") || f.contains("thoi gian") && !f.contains("hoan thanh")
                && !f.contains("ket thuc")) {
            return Plan.START; // a combined time column: the whole period text goes to start
        }
        if (f.contains("hoan thanh") || f.contains("ket thuc") || f.startsWith("den ngay")) {
            return Plan.END;
        }
        if (f.contains("cong viec") || f.contains("giai phap") || f.contains("bien phap") || f.contains("hoat dong")
                || f.startsWith("noi dung")) {
            return Plan.TASK;
        }
        if (f.contains("tieu chi") || f.contains("tieu chuan") || f.equals("tc")) {
            return Plan.CRITERION;
        }
        return null;
    }

    static Priority priority(String f) {
        if (isNumberLabel(f)) {
            return Priority.NUMBER;
        }
        if (f.contains("nguyen nhan")) {
            return Priority.CAUSE;
        }
        if (f.contains("han che") || f.contains("diem yeu") || f.contains("ton tai")) {
            return Priority.WEAKNESS;
        }
        if (f.contains("hien trang") || f.contains("thuc trang")) {
            return Priority.CURRENT;
        }
        if (f.contains("tieu chi")) {
            return Priority.CRITERIA;
        }
        if (f.startsWith("tieu chuan")) {
            return Priority.STANDARD;
        }
        return null;
    }

    static Monitoring monitoring(String f) {
        if (isNumberLabel(f)) {
            return Monitoring.NUMBER;
        }
        if (f.contains("thoi diem") || f.equals("thoi gian") || f.startsWith("ky danh gia") || f.startsWith("dot")) {
            return Monitoring.MOMENT;
        }
        if (f.contains("dieu chinh")) {
            return Monitoring.ADJUSTMENT;
        }
        if (f.contains("nguoi danh gia") || f.contains("nguoi theo doi") || f.contains("nguoi kiem tra")) {
            return Monitoring.REVIEWER;
        }
        if (f.contains("ket qua")) {
            return Monitoring.RESULT;
        }
        if (f.startsWith("noi dung")) {
            return Monitoring.CONTENT;
        }
        return null;
    }

    static Funding funding(String f) {
        if (isNumberLabel(f)) {
            return Funding.NUMBER;
        }
        if (f.contains("ghi chu")) {
            return Funding.NOTE;
        }
        if (f.contains("nguon")) {
            return Funding.SOURCE;
        }
        if (f.contains("so tien") || f.contains("kinh phi") || f.contains("thanh tien") || f.contains("du toan")) {
            return Funding.AMOUNT;
        }
        if (f.equals("nam") || f.startsWith("nam ") || f.contains("thoi gian")) {
            return Funding.YEAR;
        }
        if (f.startsWith("noi dung") || f.contains("hang muc") || f.contains("cong viec")) {
            return Funding.CONTENT;
        }
        return null;
    }

    private static boolean isNumberLabel(String f) {
        return f.length() <= "so thu tu".length() && NUMBER_LABEL.matcher(f).matches();
    }

    /** "(triệu đồng)" or "triệu" in a money header makes bare numbers millions. */
    static boolean inMillions(String folded) {
        return folded.contains("trieu") || folded.contains("tr dong") || folded.contains("tr d");
    }
}
