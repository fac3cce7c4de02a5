package vn.kdcl.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.catalogue.SchoolType;
import vn.kdcl.home.KdclHome;

class RegistryTest {

    private static final Instant DATE = Instant.parse("2024-09-01T00:00:00Z");

    private final Registry registry = new Registry(List.of(
            new RegistryEntry("11010023", "Trường THCS Thanh Xương", "THCS", "Phòng GD&ĐT huyện Điện Biên", "Điện Biên"),
            new RegistryEntry("0110", "Trường Mầm non Hoa Ban, \"cơ sở 2\"", "Mầm non", "UBND xã Thanh Nưa", "Điện Biên"),
            new RegistryEntry("11010077", "Trường PTDTBT Tiểu học Hẹ Muông", "PTDTBT Tiểu học", "Phòng GD&ĐT huyện Điện Biên", null)));

    @Test
    void xlsxAndCsvRoundTrip(@TempDir Path dir) {
        for (String name : List.of("registry.xlsx", "registry.csv")) {
            Path file = dir.resolve(name);
            registry.write(file, DATE);
            assertThat(Registry.read(file).entries()).as(name).isEqualTo(registry.entries());
        }
    }

    /** An office keeping its list in LibreOffice or old Excel: registry.ods or registry.xls in the home. */
    @Test
    void odsAndXlsRegistriesAreFoundInTheHomeAndRead(@TempDir Path dir) throws IOException {
        KdclHome home = new KdclHome(dir).create();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(registry.toXlsx(DATE)))) {
            // a hidden sheet with a decoy list comes first; the real one is named like a list sheet of the template
            Sheet decoy = wb.createSheet("Cũ");
            Row h = decoy.createRow(0);
            h.createCell(0).setCellValue("Mã trường");
            h.createCell(1).setCellValue("Tên trường");
            decoy.createRow(1).createCell(0).setCellValue("CU-001");
            wb.setSheetOrder("Cũ", 0);
            wb.setSheetHidden(0, true);
            wb.setSheetName(1, "Danh mục trường");
            wb.setActiveSheet(1);
            vn.kdcl.ingest.read.OdsBooks.write(wb, dir.resolve("registry.ods"));
        }
        assertThat(home.registry()).contains(dir.resolve("registry.ods"));
        assertThat(Registry.read(dir.resolve("registry.ods")).entries()).isEqualTo(registry.entries());

        try (org.apache.poi.hssf.usermodel.HSSFWorkbook xls = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            Sheet s = xls.createSheet("DS");
            List<String> header = Registry.HEADERS;
            Row h = s.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            Row r = s.createRow(1);
            r.createCell(0).setCellValue(11010023);
            r.createCell(1).setCellValue("Trường THCS Thanh Xương");
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(dir.resolve("registry.xls"))) {
                xls.write(out);
            }
        }
        assertThat(home.registry()).contains(dir.resolve("registry.xls"));
        assertThat(Registry.read(dir.resolve("registry.xls")).entries()).extracting(RegistryEntry::code).containsExactly("11010023");
    }

    /** What Excel writes for "CSV (Comma delimited)" on Vietnamese Windows, and for "Unicode Text". */
    @Test
    void csvInTheWindowsVietnameseCodePageOrUtf16IsRead() throws IOException {
        // code page 1258 has ư, ơ, ê, Đ but writes tone marks as separate characters: "ờ" is "ơ" + U+0300
        String cp1258Form = "Mã trường,Tên trường,Cấp học,Đơn vị quản lý,Tỉnh/Thành phố\r\n"
                .replace("ờ", "\u01A1\u0300").replace("ã", "a\u0303").replace("ấ", "\u00E2\u0301")
                .replace("ả", "a\u0309").replace("ỉ", "i\u0309").replace("ý", "y\u0301").replace("ọ", "o\u0323").replace("ố", "\u00F4\u0301").replace("ị", "i\u0323")
                + "11010023,Tr\u01B0\u01A1\u0300ng THCS Thanh X\u01B0\u01A1ng,THCS,Pho\u0300ng GD&\u0110T huy\u00EA\u0323n "
                + "\u0110i\u00EA\u0323n Bi\u00EAn,\u0110i\u00EA\u0323n Bi\u00EAn\r\n";
        byte[] ansi = cp1258Form.getBytes(java.nio.charset.Charset.forName("windows-1258"));
        assertThat(new String(ansi, java.nio.charset.Charset.forName("windows-1258"))).isEqualTo(cp1258Form); // nothing lost
        Registry fromAnsi = Registry.readCsv(new ByteArrayInputStream(ansi));
        assertThat(fromAnsi.entries()).containsExactly(registry.entries().get(0));

        String tabbed = String.join("\t", Registry.HEADERS) + "\r\n11010023\tTrường THCS Thanh Xương\tTHCS\t"
                + "Phòng GD&ĐT huyện Điện Biên\tĐiện Biên\r\n";
        byte[] utf16 = ("\uFEFF" + tabbed).getBytes(StandardCharsets.UTF_16LE);
        assertThat(Registry.readCsv(new ByteArrayInputStream(utf16)).entries()).containsExactly(registry.entries().get(0));
    }

    /** An office that keeps each school's phone and e-mail in its list, under the names it happens to use. */
    @Test
    void contactColumnsAreReadWhenPresentAndWrittenWhenKnown(@TempDir Path dir) throws IOException {
        String csv = "STT;Mã trường;Tên trường;SĐT;E-mail;Đơn vị quản lý\r\n"
                + "1;11010023;Trường THCS Thanh Xương;0215 3826 123;thcsthanhxuong@dienbien.edu.vn;Phòng GD&ĐT huyện Điện Biên\r\n"
                + "2;11010024;Trường THCS Thanh Nưa;;;Phòng GD&ĐT huyện Điện Biên\r\n";
        Registry withContacts = Registry.readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(withContacts.entries()).containsExactly(
                new RegistryEntry("11010023", "Trường THCS Thanh Xương", null, "Phòng GD&ĐT huyện Điện Biên", null,
                        "0215 3826 123", "thcsthanhxuong@dienbien.edu.vn"),
                new RegistryEntry("11010024", "Trường THCS Thanh Nưa", null, "Phòng GD&ĐT huyện Điện Biên", null));
        for (String name : List.of("contacts.xlsx", "contacts.csv")) {
            withContacts.write(dir.resolve(name), DATE);
            assertThat(Registry.read(dir.resolve(name)).entries()).as(name).isEqualTo(withContacts.entries());
        }
        assertThat(new String(withContacts.toCsv(), StandardCharsets.UTF_8))
                .contains("Mã trường,Tên trường,Cấp học,Đơn vị quản lý,Tỉnh/Thành phố,Điện thoại,Email\r\n");
        // a list without any contact keeps CONTRACT.md's five columns
        assertThat(new String(registry.toCsv(), StandardCharsets.UTF_8)).doesNotContain("Điện thoại");
    }

    @Test
    void csvHasBomAndXlsxIsReproducible() {
        byte[] csv = registry.toCsv();
        assertThat(new byte[] {csv[0], csv[1], csv[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Mã trường,Tên trường,Cấp học,Đơn vị quản lý,Tỉnh/Thành phố\r\n");
        assertThat(registry.toXlsx(DATE)).isEqualTo(registry.toXlsx(DATE));
    }

    @Test
    void findsHeadersWrittenDifferentlyBelowATitle() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("DS");
            s.createRow(0).createCell(0).setCellValue("DANH SÁCH CÁC TRƯỜNG NĂM HỌC 2024-2025");
            Row h = s.createRow(2);
            String[] labels = {"STT", "TỈNH / THÀNH PHỐ", "MÃ TRƯỜNG", "Tên  trường",
                    Normalizer.normalize("Cấp học", Normalizer.Form.NFD), "Đơn vị quản lý"};
            for (int i = 0; i < labels.length; i++) {
                h.createCell(i).setCellValue(labels[i]);
            }
            Row r = s.createRow(3);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue("Điện Biên");
            r.createCell(2).setCellValue(11010023);
            r.createCell(3).setCellValue(" Trường THCS\u00A0Thanh Xương ");
            r.createCell(4).setCellValue("THCS");
            r.createCell(5).setCellValue("Phòng GD&ĐT huyện Điện Biên");
            s.createRow(4).createCell(3).setCellValue("(hết danh sách)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        Registry read = Registry.read(bytes);
        assertThat(read.entries()).containsExactly(registry.entries().get(0));
        assertThat(read.byCode(" 11010023 ")).isPresent();
    }

    @Test
    void readsSemicolonCsvAndMapsSchoolTypes() throws IOException {
        String csv = "Ma truong;Ten truong;Cap hoc;Don vi quan ly;Tinh/Thanh pho\n"
                + "A1;\"Trường TH&THCS Na Ư; điểm chính\";TH&THCS;UBND xã Na Ư;Điện Biên\n";
        Registry read = Registry.readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.entries()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Trường TH&THCS Na Ư; điểm chính");
            assertThat(e.type()).contains(SchoolType.PTNCH);
        });
        assertThat(registry.entries().get(2).type()).contains(SchoolType.TH);
        assertThat(SchoolLevelLabels.parse("Trường THPT Mường Nhé")).contains(SchoolType.THPT);
        assertThat(SchoolLevelLabels.parse("Mẫu giáo")).contains(SchoolType.MN);
        assertThat(SchoolLevelLabels.parse("Trung học cơ sở")).contains(SchoolType.THCS);
        assertThat(SchoolLevelLabels.parse("Phổ thông nhiều cấp học")).contains(SchoolType.PTNCH);
        assertThat(SchoolLevelLabels.parse("Trung tâm GDTX")).contains(SchoolType.GDTX);
        assertThat(SchoolLevelLabels.parse("Trung tâm GDNN-GDTX huyện Điện Biên")).contains(SchoolType.GDTX);
        // the registry and the workbook read "Cấp học" with one rule: the richer one wins ("liên cấp", a bare "MN")
        var workbook = new vn.kdcl.normalise.SchoolTypeParser();
        for (String text : List.of("liên cấp", "MN", "Trường liên cấp TH-THCS", "PTDTBT TH&THCS", "THPT", "Mầm non",
                "Trung tâm GDTX", "Tiểu học", "", "trường học")) {
            assertThat(SchoolLevelLabels.parse(text)).as(text).isEqualTo(workbook.parse(text));
        }
        assertThat(SchoolLevelLabels.parse("liên cấp")).contains(SchoolType.PTNCH);
        assertThat(SchoolLevelLabels.parse("MN")).contains(SchoolType.MN);
        assertThatThrownBy(() -> Registry.readCsv(new ByteArrayInputStream("a,b\n1,2".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
