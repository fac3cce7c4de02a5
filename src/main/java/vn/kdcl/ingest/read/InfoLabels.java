package vn.kdcl.ingest.read;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.kdcl.text.VietText;

/** Folded labels (with synonyms) of the "Thông tin trường" fields. */
final class InfoLabels {

    private static final Map<String, InfoField> EXACT = new HashMap<>();
    private static final Pattern COUNT = Pattern.compile("^so (?:luong )?tieu chi (?:dat )?muc ([1-4])\\b.*");

    static {
        for (InfoField field : InfoField.values()) {
            EXACT.put(VietText.fold(field.label()), field);
        }
        Map<InfoField, List<String>> synonyms = new EnumMap<>(InfoField.class);
        synonyms.put(InfoField.SCHOOL_CODE, List.of("ma so truong", "ma truong hoc", "ma co so", "ma don vi", "ma"));
        synonyms.put(InfoField.SCHOOL_NAME, List.of("ten truong hoc", "ten don vi", "ten co so", "truong", "don vi"));
        synonyms.put(InfoField.SCHOOL_TYPE, List.of("cap", "bac hoc", "loai hinh truong", "loai truong"));
        synonyms.put(InfoField.COMMUNE, List.of("xa phuong thi tran", "xa", "phuong", "xa phuong dac khu"));
        synonyms.put(InfoField.DISTRICT, List.of("quan huyen thi xa", "huyen", "quan", "huyen cu"));
        synonyms.put(InfoField.PROVINCE, List.of("tinh", "tinh tp", "tinh thanh"));
        synonyms.put(InfoField.UNIT, List.of("co quan quan ly", "don vi chu quan", "phong gd dt", "co quan chu quan"));
        synonyms.put(InfoField.SCHOOL_YEAR, List.of("nam hoc bao cao", "nam hoc ke hoach"));
        synonyms.put(InfoField.PLAN_PERIOD, List.of("giai doan", "giai doan cai tien"));
        synonyms.put(InfoField.CIRCULAR, List.of("thong tu", "can cu thong tu", "van ban ap dung"));
        synonyms.put(InfoField.DECLARED_LEVEL, List.of("muc dat", "muc dat duoc", "ket qua tu danh gia", "muc danh gia"));
        synonyms.put(InfoField.TARGET_LEVEL, List.of("muc can dat", "muc muc tieu"));
        synonyms.put(InfoField.TOTAL_BUDGET, List.of("tong kinh phi", "tong du toan", "kinh phi du kien"));
        synonyms.put(InfoField.PRINCIPAL, List.of("ho ten hieu truong", "thu truong don vi"));
        synonyms.put(InfoField.PREPARER, List.of("nguoi lap bieu", "nguoi thuc hien", "can bo lap"));
        synonyms.put(InfoField.PHONE, List.of("so dien thoai", "dt", "sdt", "dien thoai lien he"));
        synonyms.put(InfoField.EMAIL, List.of("e mail", "thu dien tu", "mail"));
        synonyms.put(InfoField.PREPARED_ON, List.of("ngay", "ngay lap bieu", "ngay thang"));
        synonyms.forEach((field, list) -> list.forEach(s -> EXACT.putIfAbsent(s, field)));
    }

    private InfoLabels() {
    }

    /** The field a folded label names, or null. "Mã trường:" folds like "Mã trường". */
    static InfoField match(String folded) {
        InfoField exact = EXACT.get(folded);
        if (exact != null) {
            return exact;
        }
        Matcher m = COUNT.matcher(folded);
        if (m.matches()) {
            return InfoField.valueOf("COUNT_LEVEL" + m.group(1));
        }
        // a label with a trailing remark, e.g. "Mã trường (theo CSDL ngành)"
        int cut = folded.length();
        while ((cut = folded.lastIndexOf(' ', cut - 1)) > 0) {
            InfoField prefix = EXACT.get(folded.substring(0, cut));
            if (prefix != null && folded.substring(0, cut).indexOf(' ') > 0) {
                return prefix;
            }
        }
        return null;
    }
}
