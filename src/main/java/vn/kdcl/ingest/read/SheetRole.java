package vn.kdcl.ingest.read;

import java.util.regex.Pattern;

import vn.kdcl.text.VietText;

/** What a sheet holds, recognised first by its (folded) name. */
enum SheetRole {
    INFO("Thông tin trường"),
    CRITERIA("Kết quả tiêu chí"),
    LEVEL4("Mức 4"),
    PLAN("Kế hoạch cải tiến"),
    FUNDING("Kinh phí"),
    PRIORITY("Vấn đề trọng tâm"),
    MONITORING("Theo dõi, đánh giá"),
    IGNORED(""),
    UNKNOWN("");

    private static final Pattern LEVEL4_NAME = Pattern.compile("^(muc|m) ?(4|iv)\\b.*");

    private final String label;

    SheetRole(String label) {
        this.label = label;
    }

    /** The sheet name the template uses. */
    String label() {
        return label;
    }

    static SheetRole byName(String name) {
        String f = VietText.fold(name);
        if (f.contains("huong dan") || f.contains("danh muc") || f.equals("lists") || f.equals("list")) {
            return IGNORED;
        }
        if (f.contains("thong tin") || f.equals("tt truong") || f.equals("ttt")) {
            return INFO;
        }
        if (LEVEL4_NAME.matcher(f).matches()) {
            return LEVEL4;
        }
        if (f.contains("kinh phi") || f.contains("tai chinh")) {
            return FUNDING;
        }
        if (f.contains("van de") || f.contains("trong tam")) {
            return PRIORITY;
        }
        if (f.contains("theo doi") || f.contains("giam sat")) {
            return MONITORING;
        }
        if (f.contains("ke hoach") || f.contains("cai tien") || f.startsWith("kh ") || f.equals("khct")) {
            return PLAN;
        }
        if (f.contains("ket qua") || f.contains("tieu chi") || f.contains("danh gia") || f.equals("kq")) {
            return CRITERIA;
        }
        return UNKNOWN;
    }
}
