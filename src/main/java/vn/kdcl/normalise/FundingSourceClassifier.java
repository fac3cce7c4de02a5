package vn.kdcl.normalise;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies "Nguồn kinh phí" text into a {@link FundingSource}. The text is folded (diacritics and
 * case removed, so "xã hội hóa" and "xã hội hoá" match alike) and searched for known phrases; the
 * phrase that appears first in the text decides (more specific phrases win at the same position:
 * "ngân sách đơn vị" before "ngân sách"). A bare "ngân sách" means the state budget, which is what
 * schools mean by it. Non-blank text naming no known source is KHAC; blank, "-", "Không" is not
 * stated. Thread-safe and stateless.
 */
public final class FundingSourceClassifier {

    // Order inside the alternation matters only at the same position: specific phrases first.
    private static final String NGAN_SACH_DON_VI = "ngan sach (?:cua )?don vi|ngan sach (?:cua )?(?:nha )?truong"
            + "|ngan sach chi thuong xuyen|kinh phi (?:chi )?thuong xuyen|chi thuong xuyen|kinh phi tu chu|tu chu"
            + "|nguon (?:kinh phi |von )?(?:cua )?(?:nha )?truong|kinh phi (?:cua )?(?:nha )?truong|quy (?:cua )?(?:nha )?truong"
            + "|ngan sach don vi|nguon thu (?:su nghiep|hoc phi)|thu su nghiep";
    private static final String NSNN = "ngan sach nha nuoc|nsnn|ngan sach cap(?: tren)?|nguon so(?: gd ?dt| giao duc(?: va dao tao)?)? cap"
            + "|so(?: gd ?dt| giao duc(?: va dao tao)?)? cap|phong(?: gd ?dt| giao duc(?: va dao tao)?)? cap|ubnd(?: \\w+)? cap"
            + "|tham muu (?:voi )?(?:lanh dao )?(?:so|ubnd|uy ban|phong|cap tren|huyen|tinh|xa|phuong|chinh quyen)"
            + "|nha nuoc|von dau tu|dau tu cong|chuong trinh muc tieu|du an|ngan sach";
    private static final String XA_HOI_HOA = "xa hoi hoa|xhh|nha tai tro|tai tro|van dong|huy dong|manh thuong quan"
            + "|doanh nghiep|ung ho";
    private static final String DONG_GOP = "cha me hoc sinh|cha me tre|cmhs|phu huynh(?: hoc sinh)?|phhs|ban dai dien cha me"
            + "|dong gop|doan vien|cong doan|tu nguyen";

    private static final Pattern SOURCES = Pattern.compile("\\b(?:(?<don>" + NGAN_SACH_DON_VI + ")|(?<dg>" + DONG_GOP
            + ")|(?<xhh>" + XA_HOI_HOA + ")|(?<nsnn>" + NSNN + "))\\b");
    private static final Pattern NOT_STATED = Pattern.compile("|khong|khong co|chua co|chua xac dinh|x|0");

    /** Classifies a "Nguồn kinh phí" cell; non-blank text naming no known source is KHAC. */
    public ClassifiedSource classify(String text) {
        String f = Fold.words(text);
        if (NOT_STATED.matcher(f).matches()) {
            return new ClassifiedSource(null, text == null ? "" : text, null);
        }
        Matcher m = SOURCES.matcher(f);
        if (m.find()) {
            return new ClassifiedSource(sourceOf(m), text, m.group());
        }
        return new ClassifiedSource(FundingSource.KHAC, text, null);
    }

    /** Convenience: the source of a "Nguồn kinh phí" cell, empty when not stated. */
    public Optional<FundingSource> sourceOf(String text) {
        return classify(text).value();
    }

    /**
     * The source named inside a budget text ("Xã hội hóa 50 tr", "200 tr (nguồn Sở cấp)"). Only an
     * explicitly named source counts: words that name none ("494.510.000 đồng (Công tác sửa chữa …)")
     * give "not stated", never KHAC.
     */
    public ClassifiedSource fromMoneyText(String text) {
        Matcher m = SOURCES.matcher(Fold.words(text));
        if (m.find()) {
            return new ClassifiedSource(sourceOf(m), text, m.group());
        }
        return new ClassifiedSource(null, text == null ? "" : text, null);
    }

    /** Every source named in the text ("Ngân sách và xã hội hóa" → NSNN, XA_HOI_HOA). */
    public Set<FundingSource> allNamed(String text) {
        Set<FundingSource> out = EnumSet.noneOf(FundingSource.class);
        Matcher m = SOURCES.matcher(Fold.words(text));
        while (m.find()) {
            out.add(sourceOf(m));
        }
        return out;
    }

    private static FundingSource sourceOf(Matcher m) {
        if (m.start("don") >= 0) {
            return FundingSource.NGAN_SACH_DON_VI;
        }
        if (m.start("dg") >= 0) {
            return FundingSource.DONG_GOP;
        }
        if (m.start("xhh") >= 0) {
            return FundingSource.XA_HOI_HOA;
        }
        return FundingSource.NSNN;
    }
}
