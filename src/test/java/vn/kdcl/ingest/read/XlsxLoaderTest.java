package vn.kdcl.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .xlsx reader against hand-written packages: the shapes other producers than Excel write
 * (no styles, inline strings, no cell references, odd part names), which POI-written test books never have.
 */
class XlsxLoaderTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    @TempDir
    Path dir;

    private final XlsxLoader loader = new XlsxLoader(ReadLimits.defaults());

    @Test
    void readsPackageWithoutStylesOrSharedStringsAndWithoutCellReferences() throws Exception {
        Map<String, String> parts = skeleton("worksheets/sheet1.xml", false, "Kế hoạch cải tiến", null);
        // rows and cells without r attributes: positions follow the document order
        parts.put("xl/worksheets/sheet1.xml", sheet("""
                <row><c t="inlineStr"><is><t>STT</t></is></c><c t="inlineStr"><is><t>Nội dung</t></is></c></row>
                <row><c><v>1</v></c><c t="inlineStr"><is><r><t>Bồi dưỡng </t></r><r><rPr><b/></rPr><t>giáo viên</t></r></is></c></row>
                <row r="5"><c r="C5"><v>81000000</v></c><c><v>2.5</v></c></row>"""));
        SheetGrid g = only(load(parts));
        assertThat(g.text(0, 0)).isEqualTo("STT");
        assertThat(g.text(0, 1)).isEqualTo("Nội dung");
        assertThat(g.get(1, 0).number()).isEqualTo(1.0);
        assertThat(g.text(1, 1)).isEqualTo("Bồi dưỡng giáo viên");
        assertThat(g.get(4, 2).number()).isEqualTo(81_000_000.0);
        assertThat(g.get(4, 2).ref()).isEqualTo("C5");
        assertThat(g.get(4, 3).ref()).isEqualTo("D5");
        assertThat(g.text(4, 3)).isEqualTo("2.5");
    }

    @Test
    void sharedStringsJoinRunsSkipPhoneticGuidesDecodeEscapesAndNormaliseToNfc() throws Exception {
        String nfd = java.text.Normalizer.normalize("Tiêu chí", java.text.Normalizer.Form.NFD);
        Map<String, String> parts = skeleton("worksheets/sheet1.xml", true, "Kế hoạch cải tiến", null);
        parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\">"
                + "<si><t xml:space=\"preserve\">  Hiệu trưởng  </t></si>"
                + "<si><r><t>Kinh phí</t></r><r><t xml:space=\"preserve\"> 10 tr</t></r><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"
                + "<si><t>Dòng 1_x000D_</t></si>"
                + "<si><t>" + nfd + " &amp; minh chứng</t></si>"
                + "</sst>");
        parts.put("xl/worksheets/sheet1.xml", sheet("""
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>
                <c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>99</v></c></row>"""));
        SheetGrid g = only(load(parts));
        assertThat(g.text(0, 0)).isEqualTo("Hiệu trưởng");
        assertThat(g.text(0, 1)).isEqualTo("Kinh phí 10 tr");
        assertThat(g.text(0, 2)).isEqualTo("Dòng 1");
        assertThat(g.text(0, 3)).isEqualTo("Tiêu chí & minh chứng");
        assertThat(g.get(0, 4)).as("an index past the table is blank, not a crash").isNull();
    }

    @Test
    void datesFollowTheCellStyleBuiltInOrCustomAndTheWorkbook1904Flag() throws Exception {
        Map<String, String> parts = skeleton("worksheets/sheet1.xml", true, "Kế hoạch cải tiến", null);
        parts.put("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"#,##0 &quot;đ&quot;\"/></numFmts>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs>"
                + "</styleSheet>");
        parts.put("xl/worksheets/sheet1.xml", sheet("""
                <row r="1"><c r="A1" s="1"><v>45536</v></c><c r="B1" s="2"><v>45808</v></c>
                <c r="C1" s="3"><v>45536</v></c><c r="D1" s="0"><v>45536</v></c><c r="E1" t="d"><v>2024-09-01T00:00:00</v></c></row>"""));
        SheetGrid g = only(load(parts));
        assertThat(g.get(0, 0).date()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(g.text(0, 0)).isEqualTo("01/09/2024");
        assertThat(g.get(0, 1).date()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(g.get(0, 2).date()).as("a money format is not a date").isNull();
        assertThat(g.get(0, 3).date()).isNull();
        assertThat(g.get(0, 4).date()).isEqualTo(LocalDate.of(2024, 9, 1));

        parts.put("xl/workbook.xml", parts.get("xl/workbook.xml").replace("<sheets>", "<workbookPr date1904=\"1\"/><sheets>"));
        assertThat(only(load(parts)).get(0, 0).date()).isEqualTo(LocalDate.of(2028, 9, 2));
    }

    @Test
    void structuralPartsAreRememberedOnlyForTheSameBytes() throws Exception {
        // two workbooks whose styles and workbook parts differ only in bytes of equal length: the loader
        // remembers parts across files, and must still read each file's own
        Map<String, String> a = skeleton("worksheets/sheet1.xml", true, "Kế hoạch", null);
        a.put("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/>"
                + "<xf numFmtId=\"14\"/></cellXfs></styleSheet>");
        a.put("xl/worksheets/sheet1.xml", sheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45536</v></c></row>"));
        Map<String, String> b = new LinkedHashMap<>(a);
        b.put("xl/styles.xml", a.get("xl/styles.xml").replace("numFmtId=\"14\"", "numFmtId=\"41\""));
        b.put("xl/workbook.xml", a.get("xl/workbook.xml").replace("Kế hoạch", "Kế hoặch"));
        assertThat(b.get("xl/styles.xml")).hasSameSizeAs(a.get("xl/styles.xml"));

        for (int round = 0; round < 2; round++) {
            SheetGrid first = only(load(a));
            assertThat(first.name()).isEqualTo("Kế hoạch");
            assertThat(first.get(0, 0).date()).isEqualTo(LocalDate.of(2024, 9, 1));
            SheetGrid second = only(load(b));
            assertThat(second.name()).isEqualTo("Kế hoặch");
            assertThat(second.get(0, 0).date()).as("format 41 is a number format").isNull();
            assertThat(second.get(0, 0).number()).isEqualTo(45536.0);
        }
    }

    @Test
    void booleansErrorsFormulaResultsAndFormulasWithoutResult() throws Exception {
        Map<String, String> parts = skeleton("worksheets/sheet1.xml", true, "Kế hoạch cải tiến", null);
        parts.put("xl/worksheets/sheet1.xml", sheet("""
                <row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#N/A</v></c>
                <c r="C1" t="str"><f>CONCATENATE("Mức ","2")</f><v>Mức 2</v></c>
                <c r="D1"><f>SUM(E1:F1)</f><v>30</v></c><c r="E1"><f>1+1</f></c></row>"""));
        LoadedWorkbook wb = load(parts);
        SheetGrid g = only(wb);
        assertThat(g.text(0, 0)).isEqualTo("TRUE");
        assertThat(g.text(0, 1)).isEqualTo("#N/A");
        assertThat(g.text(0, 2)).isEqualTo("Mức 2");
        assertThat(g.get(0, 3).number()).isEqualTo(30.0);
        assertThat(g.get(0, 4)).isNull();
        assertThat(wb.pending()).singleElement().satisfies(p -> {
            assertThat(p.row()).isZero();
            assertThat(p.col()).isEqualTo(4);
        });
    }

    @Test
    void findsPartsByAbsoluteRelativeOrDifferentlyCasedNamesAndSkipsInstructionAndChartSheets() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("_rels/.rels", rels(PKG_REL, "rId1", REL + "/officeDocument", "/xl/workbook.xml"));
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:x=\"" + REL + "\"><sheets>"
                + "<sheet name=\"Hướng dẫn\" sheetId=\"1\" x:id=\"rId1\"/>"
                + "<sheet name=\"Biểu đồ\" sheetId=\"2\" x:id=\"rId2\"/>"
                + "<sheet name=\"Kế hoạch cải tiến\" sheetId=\"3\" x:id=\"rId3\"/>"
                + "<sheet name=\"Kinh phí\" sheetId=\"4\" state=\"hidden\" x:id=\"rId4\"/>"
                + "</sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PKG_REL + "\">"
                + rel("rId1", REL + "/worksheet", "worksheets/sheet1.xml")
                + rel("rId2", REL + "/chartsheet", "chartsheets/sheet1.xml")
                + rel("rId3", REL + "/worksheet", "/xl/worksheets/../worksheets/sheet3.xml")
                + rel("rId4", REL + "/worksheet", "worksheets/sheet4.xml")
                + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
        parts.put("xl/chartsheets/sheet1.xml", "<chartsheet xmlns=\"" + MAIN + "\"/>");
        parts.put("xl/Worksheets/Sheet3.xml", sheet("<row r=\"1\"><c r=\"A1\"><v>3</v></c></row>"
                + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B2\"/></mergeCells><sheetData>"));
        parts.put("xl/worksheets/sheet4.xml", sheet("<row r=\"1\"><c r=\"A1\"><v>4</v></c></row>"));
        LoadedWorkbook wb = load(parts);
        assertThat(wb.sheets()).extracting(SheetGrid::name).containsExactly("Kế hoạch cải tiến", "Kinh phí");
        SheetGrid plan = wb.sheets().get(0);
        assertThat(plan.index()).as("position among all sheets, as POI counts them").isEqualTo(2);
        plan.applyMerges();
        assertThat(plan.get(0, 1)).as("merged in the same pass").isSameAs(plan.get(0, 0));
        assertThat(wb.sheets().get(1).hidden()).isTrue();
    }

    @Test
    void brokenXmlIsAnIOExceptionAndAPartLargerThanDeclaredIsALimit() throws Exception {
        Map<String, String> parts = skeleton("worksheets/sheet1.xml", true, "Kế hoạch cải tiến", null);
        parts.put("xl/worksheets/sheet1.xml", sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"));
        assertThatThrownBy(() -> load(parts)).isInstanceOf(IOException.class).hasMessageContaining("XML");

        Path file = write(skeleton("worksheets/sheet1.xml", true, "Kế hoạch cải tiến", null));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry("xl/worksheets/sheet1.xml");
            e.setSize(10); // what a forged central directory would claim
            assertThatThrownBy(() -> ZipGuard.open(zip, e).readAllBytes())
                    .isInstanceOf(XlsxLoader.LimitExceededException.class).hasMessageContaining("bom nén");
        }
    }

    @Test
    void aSharedStringsTableLargerThanTheLimitIsRefusedBeforeItFillsTheHeap() throws Exception {
        Map<String, String> parts = skeleton("worksheets/sheet1.xml", true, "Kế hoạch cải tiến", null);
        StringBuilder sst = new StringBuilder("<sst xmlns=\"" + MAIN + "\">");
        for (int i = 0; i < 2_000; i++) {
            sst.append("<si><t>Công việc số ").append(i).append("</t></si>");
        }
        parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString());
        ReadLimits limits = ReadLimits.defaults();
        XlsxLoader small = new XlsxLoader(new ReadLimits(limits.maxFileBytes(), limits.maxUncompressedBytes(),
                limits.maxEntryRatio(), limits.ratioGraceBytes(), limits.maxZipEntries(), limits.maxRows(), 10_000));
        Path file = write(parts);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThatThrownBy(() -> small.load(zip)).isInstanceOf(XlsxLoader.LimitExceededException.class)
                    .hasMessageContaining("10000 ký tự");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(loader.load(zip).sheets()).hasSize(1);
        }
    }

    @Test
    void columnLettersAndTargetResolution() {
        assertThat(XlsxLoader.column("A1")).isZero();
        assertThat(XlsxLoader.column("$AB$12")).isEqualTo(27);
        assertThat(XlsxLoader.column("12")).isEqualTo(-1);
        assertThat(XlsxLoader.resolve("xl/", "worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(XlsxLoader.resolve("xl/", "/xl/a.xml")).isEqualTo("xl/a.xml");
        assertThat(XlsxLoader.resolve("xl/worksheets/", "../sharedStrings.xml")).isEqualTo("xl/sharedStrings.xml");
        assertThat(XlsxLoader.resolve("xl/", "worksheets/K%E1%BA%BF%20ho%E1%BA%A1ch.xml")).isEqualTo("xl/worksheets/Kế hoạch.xml");
        assertThat(XlsxLoader.unescape("a_x000D_b_x_c_x00zz_")).isEqualTo("a\rb_x_c_x00zz_");
    }

    // ---- packages ------------------------------------------------------------------------------

    private LoadedWorkbook load(Map<String, String> parts) throws IOException {
        Path file = write(parts);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return loader.load(zip);
        }
    }

    private static SheetGrid only(LoadedWorkbook wb) {
        assertThat(wb.sheets()).hasSize(1);
        return wb.sheets().get(0);
    }

    private Path write(Map<String, String> parts) throws IOException {
        Path file = Files.createTempFile(dir, "book", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** The smallest package: one sheet, workbook relationships (shared strings/styles parts if asked). */
    private static Map<String, String> skeleton(String target, boolean withStylesAndStrings, String sheetName,
                                                String state) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("_rels/.rels", rels(PKG_REL, "rId1", REL + "/officeDocument", "xl/workbook.xml"));
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets><sheet name=\""
                + sheetName + "\" sheetId=\"1\"" + (state == null ? "" : " state=\"" + state + "\"")
                + " r:id=\"rId1\"/></sheets></workbook>");
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"" + PKG_REL + "\">")
                .append(rel("rId1", REL + "/worksheet", target));
        if (withStylesAndStrings) {
            rels.append(rel("rId2", REL + "/sharedStrings", "sharedStrings.xml"))
                    .append(rel("rId3", REL + "/styles", "styles.xml"));
            parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\"/>");
            parts.put("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
        }
        parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        parts.put("xl/" + target, sheet(""));
        return parts;
    }

    private static String rels(String ns, String id, String type, String target) {
        return "<Relationships xmlns=\"" + ns + "\">" + rel(id, type, target) + "</Relationships>";
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    private static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN
                + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    }
}
