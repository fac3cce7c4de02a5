package vn.kdcl.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.kdcl.check.Vn;

/**
 * The officer's mail-out list of one run's feedback ({@code feedback/danh-sach/<runId>.xlsx}): which
 * school each feedback workbook goes to, what it says in one word, and how to reach the person who prepared the
 * plan (as the plan's own "Thông tin trường" gives them). A file rejected before its school code could be read is
 * listed with the school its name names, marked as a guess.
 */
final class FeedbackList {

    /**
     * The lists' folder inside feedback/: one list per run that wrote feedback, kept apart so that feedback/ itself
     * holds only what goes to the schools.
     */
    static final String FOLDER = "danh-sach";

    /** One feedback workbook written in the run. */
    record Entry(String schoolCode, boolean codeGuessed, String schoolName, String unit, String schoolYear,
                 String sentFile, String result, int errors, int warnings, String feedbackFile, String preparer,
                 String phone, String email) {
    }

    private static final String[] HEADERS = {"STT", "Mã trường", "Tên trường", "Đơn vị quản lý", "Năm học",
            "Tệp trường gửi", "Kết quả", "Số lỗi", "Số cảnh báo", "Tệp phản hồi cần gửi", "Người lập kế hoạch",
            "Điện thoại", "Email", "Ghi chú"};
    // a linked cell does not wrap in LibreOffice: the feedback file gets the widest column
    private static final int[] WIDTHS = {5, 11, 26, 22, 10, 26, 11, 6, 8, 44, 18, 13, 26, 22};

    private FeedbackList() {
    }

    /** Writes the list for run {@code runId} into {@code feedback}/danh-sach/ (atomically); returns the file. */
    static Path write(Path feedback, String runId, Instant checkedAt, List<Entry> entries) {
        Path dir = feedback.resolve(FOLDER);
        Path out = dir.resolve(runId + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Danh sách gửi trường");
            CellStyle bold = wb.createCellStyle();
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            CellStyle header = wb.createCellStyle();
            header.cloneStyleFrom(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            // long names and paths wrap within their column, so that the page can be printed
            CellStyle text = wb.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            CellStyle link = wb.createCellStyle();
            link.cloneStyleFrom(text);
            link.setWrapText(true);
            Font linkFont = wb.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());
            link.setFont(linkFont);

            cell(sheet.createRow(0), 0, "Phản hồi cần gửi các trường — lần nhập " + runId + ", kiểm tra lúc "
                    + Vn.time(LocalDateTime.ofInstant(checkedAt, ZoneId.systemDefault())), bold);
            cell(sheet.createRow(1), 0, "Gửi mỗi trường tệp ở cột \"Tệp phản hồi cần gửi\" (trong thư mục feedback, "
                    + "bấm vào tên để mở). Trường sửa theo phản hồi rồi gửi lại tệp đã sửa.", null);
            Row head = sheet.createRow(3);
            for (int c = 0; c < HEADERS.length; c++) {
                cell(head, c, HEADERS[c], header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 4;
            for (Entry e : entries) {
                Row row = sheet.createRow(r);
                number(row, 0, r - 3, text);
                cell(row, 1, e.schoolCode(), text);
                cell(row, 2, e.schoolName(), text);
                cell(row, 3, e.unit(), text);
                cell(row, 4, e.schoolYear(), text);
                // the name the school gave it; where it came from (inbox/<folder>/) is in status and the run report
                cell(row, 5, e.sentFile().substring(e.sentFile().replace('\\', '/').lastIndexOf('/') + 1), text);
                cell(row, 6, e.result(), text);
                number(row, 7, e.errors(), text);
                number(row, 8, e.warnings(), text);
                Cell file = cell(row, 9, e.feedbackFile(), link);
                Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.FILE);
                // relative to the list itself, one folder below the feedback workbooks
                h.setAddress("../" + relativeLink(e.feedbackFile()));
                file.setHyperlink(h);
                cell(row, 10, e.preparer(), text);
                cell(row, 11, e.phone(), text);
                cell(row, 12, e.email(), text);
                cell(row, 13, e.codeGuessed() ? "Không đọc được mã trong tệp; mã và tên trường đoán theo tên tệp" : null, text);
                // neither POI nor a converter sizes a row to its wrapped text: as many lines as the longest needs
                int lines = 1;
                for (Cell c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        int width = WIDTHS[c.getColumnIndex()];
                        // a column of width w holds about 1.2 w letters of the default font
                        int perLine = Math.max(1, width * 6 / 5 - 1);
                        lines = Math.max(lines, (c.getStringCellValue().length() + perLine - 1) / perLine);
                    }
                }
                row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
                r++;
            }
            sheet.createFreezePane(0, 4);
            // printed for the office's records: A4 across, all columns on the page, the header on every page
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(3, 3, 0, HEADERS.length - 1));
            sheet.setAutoFilter(new CellRangeAddress(3, Math.max(3, r - 1), 0, HEADERS.length - 1));
            Files.createDirectories(dir);
            Path tmp = dir.resolve(out.getFileName() + ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out, e);
        }
    }

    /**
     * A file name as a relative link: ASCII characters a URI does not allow as they are (space, "%", "#", …)
     * percent-encoded; Vietnamese letters kept, as Excel and LibreOffice write them.
     */
    static String relativeLink(String fileName) {
        StringBuilder sb = new StringBuilder(fileName.length() + 16);
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (c < 0x80 && !Character.isLetterOrDigit(c) && "-._~!$&'()*+,;=@".indexOf(c) < 0) {
                sb.append('%').append(String.format("%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static Cell cell(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        if (value != null) {
            c.setCellValue(value);
        }
        if (style != null) {
            c.setCellStyle(style);
        }
        return c;
    }
}
