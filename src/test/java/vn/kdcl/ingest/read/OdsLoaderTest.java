package vn.kdcl.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.poi.EncryptedDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .ods reader against hand-written content.xml: the shapes of ODF that a POI-built book never has. */
class OdsLoaderTest {

    @TempDir
    Path dir;

    private final OdsLoader loader = new OdsLoader(ReadLimits.defaults());

    private List<SheetGrid> load(String tables) throws IOException {
        return load(ReadLimits.defaults(), tables);
    }

    private List<SheetGrid> load(ReadLimits limits, String tables) throws IOException {
        Path file = OdsBooks.write(dir.resolve("t" + System.nanoTime() + ".ods"), OdsBooks.content(tables));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new OdsLoader(limits).load(zip).sheets();
        }
    }

    private static String table(String name, String rows) {
        return "<table:table table:name=\"" + name + "\" table:style-name=\"ta1\">"
                + "<table:table-column table:number-columns-repeated=\"1024\"/>" + rows + "</table:table>";
    }

    @Test
    void cellTextIsItsParagraphsWithoutCommentsOrDrawings() throws Exception {
        String nfd = Normalizer.normalize("Tiêu chí", Normalizer.Form.NFD);
        SheetGrid g = load(table("Kế hoạch cải tiến", """
                <table:table-row>\
                <table:table-cell office:value-type="string"><text:p>Bồi dưỡng <text:span text:style-name="T1">giáo viên</text:span></text:p></table:table-cell>\
                <table:table-cell office:value-type="string"><text:p>Thời gian<text:line-break/>thực hiện</text:p></table:table-cell>\
                <table:table-cell office:value-type="string"><text:h>Dòng một</text:h><text:p>Dòng hai</text:p></table:table-cell>\
                <table:table-cell office:value-type="string"><office:annotation><dc:creator>Tổ trưởng</dc:creator>\
                <text:p>Ghi chú không phải nội dung ô</text:p></office:annotation><text:p><text:s text:c="2"/>Hiệu trưởng <text:s text:c="3"/>; \
                <text:a xlink:href="http://x" xmlns:xlink="http://www.w3.org/1999/xlink">các tổ</text:a></text:p></table:table-cell>\
                <table:table-cell office:value-type="string"><draw:frame draw:name="Ảnh"><draw:text-box><text:p>chữ trong hình</text:p>\
                </draw:text-box></draw:frame><text:p>%s</text:p></table:table-cell>\
                <table:table-cell table:number-columns-repeated="1019"/>\
                </table:table-row>""".formatted(nfd))).get(0);
        assertThat(g.text(0, 0)).isEqualTo("Bồi dưỡng giáo viên");
        assertThat(g.text(0, 1)).isEqualTo("Thời gian\nthực hiện");
        assertThat(g.text(0, 2)).isEqualTo("Dòng một\nDòng hai");
        assertThat(g.text(0, 3)).isEqualTo("Hiệu trưởng ; các tổ");
        assertThat(g.text(0, 4)).isEqualTo(Normalizer.normalize("Tiêu chí", Normalizer.Form.NFC)).isNotEqualTo(nfd);
        assertThat(g.get(0, 4).ref()).isEqualTo("E1");
        assertThat(g.get(0, 5)).isNull();
    }

    @Test
    void valuesAreTypedAsTheExcelLoadersTypeThem() throws Exception {
        SheetGrid g = load(table("Kinh phí", """
                <table:table-row>\
                <table:table-cell office:value-type="float" office:value="81000000"><text:p>81.000.000</text:p></table:table-cell>\
                <table:table-cell office:value-type="currency" office:currency="VND" office:value="1500000000"><text:p>1.500.000.000 ₫</text:p></table:table-cell>\
                <table:table-cell office:value-type="percentage" office:value="0.9554"><text:p>95,54%</text:p></table:table-cell>\
                <table:table-cell office:value-type="date" office:date-value="2024-09-30"><text:p>30/09/24</text:p></table:table-cell>\
                <table:table-cell office:value-type="date" office:date-value="2025-05-31T08:30:00"><text:p>31/05/2025 08:30</text:p></table:table-cell>\
                <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>ĐÚNG</text:p></table:table-cell>\
                <table:table-cell table:formula="of:=SUM([.A1:.B1])" office:value-type="float" office:value="1581000000"><text:p>1581000000</text:p></table:table-cell>\
                <table:table-cell office:value-type="string" office:string-value="10 tr"/>\
                <table:table-cell office:value-type="float" office:value="không phải số"><text:p>81 triệu</text:p></table:table-cell>\
                <table:table-cell office:value-type="time" office:time-value="PT08H30M00S"><text:p>08:30</text:p></table:table-cell>\
                </table:table-row>""")).get(0);
        assertThat(g.get(0, 0).number()).isEqualTo(81_000_000.0);
        assertThat(g.text(0, 0)).isEqualTo("81000000");
        assertThat(g.get(0, 1).number()).isEqualTo(1_500_000_000.0);
        assertThat(g.get(0, 2).number()).isEqualTo(0.9554);
        assertThat(g.get(0, 3).date()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(g.get(0, 3).number()).isEqualTo(45565.0); // what Excel stores for that day
        assertThat(g.text(0, 3)).isEqualTo("30/09/2024");
        assertThat(g.get(0, 4).date()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(g.text(0, 5)).isEqualTo("TRUE");
        assertThat(g.get(0, 6).number()).isEqualTo(1_581_000_000.0);
        assertThat(g.text(0, 7)).isEqualTo("10 tr");
        assertThat(g.text(0, 8)).isEqualTo("81 triệu");
        assertThat(g.get(0, 8).number()).isNull();
        assertThat(g.text(0, 9)).isEqualTo("08:30");
    }

    @Test
    void repeatsMovePositionsAndRepeatedContentIsCopiedWithItsOwnReference() throws Exception {
        SheetGrid g = load(table("Kế hoạch cải tiến", """
                <table:table-header-rows><table:table-row>\
                <table:table-cell office:value-type="string"><text:p>TT</text:p></table:table-cell>\
                <table:table-cell table:number-columns-repeated="2"/>\
                <table:table-cell office:value-type="string"><text:p>Chủ trì</text:p></table:table-cell>\
                </table:table-row></table:table-header-rows>\
                <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>\
                <table:table-row table:number-rows-repeated="2">\
                <table:table-cell table:number-columns-repeated="3" office:value-type="string"><text:p>Đạt</text:p></table:table-cell>\
                </table:table-row>\
                <table:table-row-group><table:table-row>\
                <table:table-cell table:number-columns-repeated="16383"/>\
                <table:table-cell office:value-type="string"><text:p>cột XFD</text:p></table:table-cell>\
                </table:table-row></table:table-row-group>\
                <table:table-row table:number-rows-repeated="1048569"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>\
                """)).get(0);
        assertThat(g.text(0, 0)).isEqualTo("TT");
        assertThat(g.text(0, 3)).isEqualTo("Chủ trì");
        assertThat(g.get(0, 3).ref()).isEqualTo("D1");
        for (int r = 4; r <= 5; r++) {
            for (int c = 0; c < 3; c++) {
                assertThat(g.text(r, c)).isEqualTo("Đạt");
                assertThat(g.get(r, c).ref()).isEqualTo(Cells.ref(r, c));
            }
        }
        assertThat(g.get(4, 3)).isNull();
        assertThat(g.width(6)).isZero(); // columns beyond those the import reads are not kept
        assertThat(g.rowCount()).isEqualTo(6);
    }

    @Test
    void spannedCellsBecomeMergesAndCoveredCellsAreSkipped() throws Exception {
        SheetGrid g = load(table("Kế hoạch cải tiến", """
                <table:table-row>\
                <table:table-cell table:number-rows-spanned="3" table:number-columns-spanned="1" office:value-type="string"><text:p>1.1</text:p></table:table-cell>\
                <table:table-cell office:value-type="string"><text:p>Việc một</text:p></table:table-cell>\
                </table:table-row>\
                <table:table-row><table:covered-table-cell office:value-type="string"><text:p>ẩn</text:p></table:covered-table-cell>\
                <table:table-cell office:value-type="string"><text:p>Việc hai</text:p></table:table-cell></table:table-row>\
                <table:table-row><table:covered-table-cell/><table:table-cell office:value-type="string"><text:p>Việc ba</text:p></table:table-cell></table:table-row>\
                <table:table-row><table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>MỨC 2</text:p></table:table-cell>\
                <table:covered-table-cell/><table:table-cell office:value-type="string"><text:p>sau</text:p></table:table-cell></table:table-row>\
                """)).get(0);
        assertThat(g.get(1, 0)).isNull();
        assertThat(g.text(1, 1)).isEqualTo("Việc hai");
        assertThat(g.text(3, 2)).isEqualTo("sau");
        g.applyMerges();
        assertThat(g.text(1, 0)).isEqualTo("1.1");
        assertThat(g.get(2, 0).ref()).isEqualTo("A1");
        assertThat(g.text(3, 1)).isEqualTo("MỨC 2");
    }

    @Test
    void hiddenSheetsAreMarkedAndInstructionOrHiddenListSheetsAreNotRead() throws Exception {
        List<SheetGrid> grids = load(table("Hướng dẫn", "<table:table-row><table:table-cell office:value-type=\"string\">"
                + "<text:p>HƯỚNG DẪN</text:p></table:table-cell></table:table-row>")
                + "<table:table table:name=\"Sheet3\" table:style-name=\"ta2\"><table:table-row><table:table-cell "
                + "office:value-type=\"string\"><text:p>Đạt</text:p></table:table-cell></table:table-row></table:table>"
                + "<table:table table:name=\"Mức 4\" table:style-name=\"ta2\"><table:table-row><table:table-cell "
                + "office:value-type=\"string\"><text:p>Mã tiêu chí</text:p></table:table-cell></table:table-row></table:table>"
                + table("Thông tin trường", "<table:table-row><table:table-cell office:value-type=\"string\">"
                + "<text:p>Mã trường</text:p></table:table-cell></table:table-row>"));
        assertThat(grids).extracting(SheetGrid::name).containsExactly("Mức 4", "Thông tin trường");
        assertThat(grids).extracting(SheetGrid::hidden).containsExactly(true, false);
        assertThat(grids).extracting(SheetGrid::index).containsExactly(2, 3);
    }

    @Test
    void repeatedContentRowsBeyondTheRowLimitAreALimitAndBrokenXmlAnIoException() throws Exception {
        ReadLimits small = new ReadLimits(50L << 20, 200L << 20, 100, 1L << 20, 2_000, 1_000, 16_000_000);
        String repeated = table("Kế hoạch cải tiến", "<table:table-row table:number-rows-repeated=\"1000000\">"
                + "<table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>");
        assertThatThrownBy(() -> load(small, repeated))
                .isInstanceOf(XlsxLoader.LimitExceededException.class).hasMessageContaining("1000 dòng");
        // a million empty rows are only a position; thousands of them do not wrap the row number around
        String manyEmpty = "<table:table-row table:number-rows-repeated=\"1048576\"><table:table-cell/></table:table-row>";
        assertThatThrownBy(() -> load(small, table("Kế hoạch cải tiến", manyEmpty.repeat(3000)
                + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>")))
                .isInstanceOf(XlsxLoader.LimitExceededException.class);
        assertThat(load(small, table("Kế hoạch cải tiến", "<table:table-row table:number-rows-repeated=\"1000000\">"
                + "<table:table-cell/></table:table-row>"))).hasSize(1);
        Path broken = OdsBooks.write(dir.resolve("broken.ods"), OdsBooks.content(table("Kinh phí", "<table:table-row>")));
        try (ZipFile zip = new ZipFile(broken.toFile())) {
            assertThatThrownBy(() -> loader.load(zip)).isInstanceOf(IOException.class).hasMessageContaining("XML");
        }
    }

    @Test
    void aPasswordProtectedFileIsRecognisedFromItsManifest() throws Exception {
        byte[] scrambled = "\u0007\u0012 không phải XML".getBytes(StandardCharsets.UTF_8);
        Path file = OdsBooks.write(dir.resolve("mat-khau.ods"), OdsBooks.MIME, """
                <manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" \
                manifest:checksum="c2FsdA=="><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" \
                manifest:initialisation-vector="aXY="/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" \
                manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="c2FsdA=="/></manifest:encryption-data>""",
                scrambled);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThatThrownBy(() -> loader.load(zip)).isInstanceOf(EncryptedDocumentException.class);
        }
    }
}
