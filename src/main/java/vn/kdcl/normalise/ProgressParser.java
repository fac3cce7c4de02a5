package vn.kdcl.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "Mức độ thực hiện" as schools write it: the form's words (Hoàn thành, Đang thực hiện, Chưa thực hiện,
 * Chưa hoàn thành, Điều chỉnh) and their everyday variants ("Đã hoàn thành", "đang triển khai", "xong"), or a
 * percentage ("70%", "100 %": 100 is done, 0 not started, anything between in progress). Stateless.
 */
public final class ProgressParser {

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*%");

    public Progress parse(String text, Double number) {
        String raw = text == null ? "" : text;
        if (number != null && number >= 0 && number <= 1 && raw.contains("%")) {
            return percent((int) Math.round(number * 100), raw); // a cell formatted as a percentage
        }
        String f = Fold.words(raw);
        if (f.isEmpty()) {
            return new Progress(null, null, raw, ParseStatus.NONE);
        }
        Matcher m = PERCENT.matcher(raw);
        if (m.find()) {
            double v = Double.parseDouble(m.group(1).replace(',', '.'));
            if (v >= 0 && v <= 100) {
                return percent((int) Math.round(v), raw);
            }
        }
        Progress.State state = state(f);
        return state == null ? new Progress(null, null, raw, ParseStatus.NOT_UNDERSTOOD)
                : new Progress(state, null, raw, ParseStatus.OK);
    }

    private static Progress percent(int v, String raw) {
        Progress.State s = v >= 100 ? Progress.State.DONE : v == 0 ? Progress.State.NOT_STARTED : Progress.State.IN_PROGRESS;
        return new Progress(s, v, raw, ParseStatus.OK);
    }

    private static Progress.State state(String f) {
        // the negations first: "chưa hoàn thành" contains "hoàn thành"
        if (f.contains("chua hoan thanh") || f.contains("khong hoan thanh") || f.contains("khong dat")
                || f.contains("chua dat")) {
            return Progress.State.NOT_DONE;
        }
        if (f.contains("chua thuc hien") || f.contains("chua trien khai") || f.contains("chua bat dau")) {
            return Progress.State.NOT_STARTED;
        }
        if (f.contains("dieu chinh")) {
            return Progress.State.ADJUSTED;
        }
        if (f.contains("dang") || f.contains("tiep tuc") || f.contains("co ban hoan thanh")) {
            return Progress.State.IN_PROGRESS;
        }
        if (f.contains("hoan thanh") || f.equals("xong") || f.equals("da xong") || f.equals("dat")
                || f.equals("da thuc hien") || f.equals("da dat")) {
            return Progress.State.DONE;
        }
        return null;
    }
}
