package vn.kdcl.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Money in the free text of "Nguồn lực bảo đảm" (TT57/2026 plan form, which has no budget column):
 * "Ngân sách 20 triệu, XHH 5 triệu" is two amounts from two sources. The text is cut at semicolons, line breaks,
 * " + " and commas not inside a number ("1,5 tỷ" stays whole); each part that holds an amount is one line with its
 * source. Parts without an amount ("cơ sở vật chất hiện có") are resources, not money, and give no line.
 */
public final class ResourceFunding {

    private static final Pattern PARTS = Pattern.compile("[;\\n\\r]+|,(?!\\d)|\\s\\+\\s|\\s-\\s(?=\\D)");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** "2 phòng học", "03 máy chiếu" are resources, not money: an amount is at least a thousand đồng. */
    private static final long MIN_AMOUNT = 1_000;

    /** One amount found in the text, with the part of the text it came from. */
    public record Line(String text, Money money, ClassifiedSource source) {
    }

    private final MoneyParser money;
    private final FundingSourceClassifier sources;

    public ResourceFunding(MoneyParser money, FundingSourceClassifier sources) {
        this.money = money;
        this.sources = sources;
    }

    public List<Line> parse(String text) {
        if (text == null || !DIGIT.matcher(text).find()) {
            return List.of();
        }
        List<Line> out = new ArrayList<>();
        for (String part : PARTS.split(text)) {
            String p = part.strip();
            if (p.isEmpty() || !DIGIT.matcher(p).find()) {
                continue;
            }
            Money m = money.parse(p, false);
            if (m.isOk() && m.dong() != null && m.dong() >= MIN_AMOUNT) {
                out.add(new Line(p, m, sources.fromMoneyText(p)));
            }
        }
        return out;
    }
}
