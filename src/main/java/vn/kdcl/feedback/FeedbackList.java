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
    private static final int[] WIDTHS = {6, 13, 36, 30, 11, 44, 14, 8, 11, 52, 24, 14, 28, 30};

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
            CellStyle link = wb.createCellStyle();
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
                row.createCell(0).setCellValue(r - 3);
                cell(row, 1, e.schoolCode(), null);
                cell(row, 2, e.schoolName(), null);
                cell(row, 3, e.unit(), null);
                cell(row, 4, e.schoolYear(), null);
                cell(row, 5, e.sentFile(), null);
                cell(row, 6, e.result(), null);
                row.createCell(7).setCellValue(e.errors());
                row.createCell(8).setCellValue(e.warnings());
                Cell file = cell(row, 9, e.feedbackFile(), link);
                Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.FILE);
                // relative to the list itself, one folder below the feedback workbooks
                h.setAddress("../" + relativeLink(e.feedbackFile()));
                file.setHyperlink(h);
                cell(row, 10, e.preparer(), null);
                cell(row, 11, e.phone(), null);
                cell(row, 12, e.email(), null);
                cell(row, 13, e.codeGuessed() ? "Không đọc được mã trong tệp; mã và tên trường đoán theo tên tệp" : null, null);
                r++;
            }
            sheet.createFreezePane(0, 4);
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
