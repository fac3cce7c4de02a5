package vn.kdcl.normalise;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** "Mức độ thực hiện" and the money written in "Nguồn lực bảo đảm" (TT57/2026 plan form). */
class Tt57NormaliseTest {

    private final ProgressParser progress = new ProgressParser();
    private final ResourceFunding resources = new ResourceFunding(new MoneyParser(), new FundingSourceClassifier());

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Hoàn thành | DONE | null",
            "Đã hoàn thành | DONE | null",
            "xong | DONE | null",
            "Đang thực hiện | IN_PROGRESS | null",
            "đang triển khai | IN_PROGRESS | null",
            "Chưa thực hiện | NOT_STARTED | null",
            "Chưa triển khai | NOT_STARTED | null",
            "Chưa hoàn thành | NOT_DONE | null",
            "Điều chỉnh | ADJUSTED | null",
            "Điều chỉnh thời gian | ADJUSTED | null",
            "70% | IN_PROGRESS | 70",
            "100 % | DONE | 100",
            "Đạt 0% | NOT_STARTED | 0",
    })
    void progressWords(String text, Progress.State state, Integer percent) {
        Progress p = progress.parse(text, null);
        assertThat(p.state()).isEqualTo(state);
        assertThat(p.percent()).isEqualTo(percent);
        assertThat(p.status()).isEqualTo(ParseStatus.OK);
    }

    @Test
    void blankAndUnknownProgress() {
        assertThat(progress.parse("  ", null).status()).isEqualTo(ParseStatus.NONE);
        assertThat(progress.parse("còn vướng", null).status()).isEqualTo(ParseStatus.NOT_UNDERSTOOD);
        assertThat(progress.parse("", 0.7).state()).isNull(); // a bare 0.7 is not a percentage without its sign
        assertThat(progress.parse("70%", 0.7).percent()).isEqualTo(70);
    }

    @Test
    void twoAmountsFromTwoSources() {
        List<ResourceFunding.Line> lines = resources.parse("Ngân sách 20 triệu, XHH 5 triệu");
        assertThat(lines).extracting(l -> l.money().dong(), l -> l.source().value().orElseThrow(), ResourceFunding.Line::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(20_000_000L, FundingSource.NSNN, "Ngân sách 20 triệu"),
                        org.assertj.core.groups.Tuple.tuple(5_000_000L, FundingSource.XA_HOI_HOA, "XHH 5 triệu"));
    }

    @Test
    void decimalCommaStaysInsideItsAmountAndResourcesWithoutMoneyGiveNothing() {
        assertThat(resources.parse("Ngân sách 1,5 tỷ; phụ huynh đóng góp 30 triệu"))
                .extracting(l -> l.money().dong()).containsExactly(1_500_000_000L, 30_000_000L);
        assertThat(resources.parse("Cơ sở vật chất hiện có, 2 phòng học, 03 máy chiếu")).isEmpty();
        assertThat(resources.parse("Nhân lực của trường")).isEmpty();
        assertThat(resources.parse(null)).isEmpty();
    }
}
