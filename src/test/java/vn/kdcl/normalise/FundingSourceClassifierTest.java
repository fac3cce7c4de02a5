package vn.kdcl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundingSourceClassifierTest {

    private final FundingSourceClassifier classifier = new FundingSourceClassifier();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Ngân sách nhà nước                          | NSNN
            NSNN                                        | NSNN
            Ngân sách cấp                               | NSNN
            Nguồn Sở cấp                                | NSNN
            Sở GDĐT cấp                                 | NSNN
            Tham mưu Sở GDĐT                            | NSNN
            Tham mưu UBND huyện                         | NSNN
            Ngân sách                                   | NSNN
            Vốn đầu tư công                             | NSNN
            Ngân sách đơn vị                            | NGAN_SACH_DON_VI
            Kinh phí chi thường xuyên của trường        | NGAN_SACH_DON_VI
            Ngân sách nhà trường                        | NGAN_SACH_DON_VI
            Kinh phí tự chủ                             | NGAN_SACH_DON_VI
            Nguồn kinh phí của nhà trường               | NGAN_SACH_DON_VI
            Xã hội hóa                                  | XA_HOI_HOA
            Xã hội hoá                                  | XA_HOI_HOA
            XÃ HỘI HÓA                                  | XA_HOI_HOA
            XHH                                         | XA_HOI_HOA
            Tài trợ                                     | XA_HOI_HOA
            Nhà tài trợ                                 | XA_HOI_HOA
            Vận động xã hội hóa                         | XA_HOI_HOA
            Cha mẹ học sinh                             | DONG_GOP
            CMHS                                        | DONG_GOP
            Ban đại diện CMHS                           | DONG_GOP
            Phụ huynh                                   | DONG_GOP
            Đóng góp tự nguyện                          | DONG_GOP
            Đoàn viên                                   | DONG_GOP
            Quỹ khuyến học                              | KHAC
            Nguồn khác                                  | KHAC
            Theo thực tế                                | KHAC
            ''                                          | null
            -                                           | null
            Không                                       | null
            """)
    void classifiesSourceCells(String text, FundingSource expected) {
        for (String v : Variants.of(text)) {
            ClassifiedSource c = classifier.classify(v);
            assertThat(c.source()).as(v).isEqualTo(expected);
            assertThat(c.text()).isEqualTo(v);
            assertThat(classifier.sourceOf(v)).isEqualTo(java.util.Optional.ofNullable(expected));
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Xã hội hóa 50 tr                                | XA_HOI_HOA
            200 tr (nguồn Sở cấp)                           | NSNN
            100 tr từ ngân sách cấp công tác đào tạo        | NSNN
            50 tr từ ngân sách đơn vị                       | NGAN_SACH_DON_VI
            20 tr nguồn ngân sách                           | NSNN
            5 tr từ nguồn đóng góp tự nguyện đoàn viên      | DONG_GOP
            30 tr từ nguồn xã hội hóa                       | XA_HOI_HOA
            20 tr từ nguồn xã hội hóa                       | XA_HOI_HOA
            100 tr (tham mưu Sở GDĐT)                       | NSNN
            100 tr từ ngân sách                             | NSNN
            10 tr                                           | null
            81 triệu đồng                                   | null
            494.510.000 đồng (Công tác sữa chữa điểm 329-331 Phạm Ngũ Lão) | null
            ''                                              | null
            """)
    void extractsTheSourceFromBudgetText(String text, FundingSource expected) {
        for (String v : Variants.of(text)) {
            assertThat(classifier.fromMoneyText(v).source()).as(v).isEqualTo(expected);
        }
    }

    @Test
    void firstNamedSourceWinsAndAllAreListed() {
        assertThat(classifier.classify("Ngân sách và xã hội hóa").source()).isEqualTo(FundingSource.NSNN);
        assertThat(classifier.allNamed("Ngân sách và xã hội hóa"))
                .containsExactlyInAnyOrder(FundingSource.NSNN, FundingSource.XA_HOI_HOA);
        assertThat(classifier.classify("200 tr (nguồn Sở cấp)").matched()).isEqualTo("nguon so cap");
    }

    @Test
    void labelsAreVietnamese() {
        assertThat(FundingSource.NSNN.label()).isEqualTo("Ngân sách nhà nước");
        assertThat(FundingSource.NGAN_SACH_DON_VI.label()).isEqualTo("Ngân sách đơn vị");
        assertThat(FundingSource.XA_HOI_HOA.label()).isEqualTo("Xã hội hóa");
        assertThat(FundingSource.DONG_GOP.label()).isEqualTo("Đóng góp");
        assertThat(FundingSource.KHAC.label()).isEqualTo("Khác");
        for (FundingSource s : FundingSource.values()) {
            assertThat(java.text.Normalizer.isNormalized(s.label(), java.text.Normalizer.Form.NFC)).isTrue();
        }
    }
}
