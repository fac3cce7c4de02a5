package vn.kdcl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kdcl.report.Dashboard.FundingPair;
import vn.kdcl.report.Dashboard.GroupAmount;

/** The rows of the "by standard beside by start quarter" table. */
class FundingPairTest {

    private static final List<GroupAmount> STANDARDS = List.of(new GroupAmount("1", "Tiêu chuẩn 1", 3, 30_000_000),
            new GroupAmount("2", "Tiêu chuẩn 2", 1, 5_000_000), new GroupAmount("M4", "Mức 4", 2, 1_000_000));
    private static final List<GroupAmount> QUARTERS = List.of(new GroupAmount("2024Q3", "Quý 3/2024", 6, 36_000_000));

    @Test
    void sidesOfDifferentLengthsShareRowsAndEndWithBothTotals() {
        List<FundingPair> rows = FundingPair.rows(STANDARDS, QUARTERS);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo(new FundingPair("Tiêu chuẩn 1", 3, 30_000_000L, "Quý 3/2024", 6, 36_000_000L, false));
        assertThat(rows.get(2)).isEqualTo(new FundingPair("Mức 4", 2, 1_000_000L, null, null, null, false));
        assertThat(rows.get(2).hasQuarter()).isFalse();
        assertThat(rows.get(3)).isEqualTo(new FundingPair("Tổng cộng", 6, 36_000_000L, "Tổng cộng", 6, 36_000_000L, true));
    }

    @Test
    void anEmptySideSaysSoInItsFirstRowAndHasNoTotal() {
        List<FundingPair> rows = FundingPair.rows(STANDARDS, List.of());
        assertThat(rows.get(0).quarter()).isEqualTo(FundingPair.NONE);
        assertThat(rows.get(0).hasQuarter()).isFalse();
        assertThat(rows.get(1).quarter()).isNull();
        assertThat(rows.get(3).total()).isTrue();
        assertThat(rows.get(3).quarter()).isNull();
        assertThat(rows.get(3).standardAmount()).isEqualTo(36_000_000L);
    }

    @Test
    void noBudgetsAtAllIsOneRowSayingSoOnBothSides() {
        assertThat(FundingPair.rows(List.of(), List.of()))
                .containsExactly(new FundingPair(FundingPair.NONE, null, null, FundingPair.NONE, null, null, false));
    }
}
