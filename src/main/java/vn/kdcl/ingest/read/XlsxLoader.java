package vn.kdcl.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Streams .xlsx/.xlsm sheets with fastexcel-reader (cached formula values, shared strings, number
 * formats for dates) into grids; merged regions come from {@link MergeScanner} because fastexcel
 * 0.19.0 does not report them.
 */
final class XlsxLoader {

    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);
    private static final XMLInputFactory XML = xmlFactory();

    private final ReadLimits limits;

    XlsxLoader(ReadLimits limits) {
        this.limits = limits;
    }

    LoadedWorkbook load(Path file, ZipFile zip) throws IOException {
        Map<String, String> partsById = sheetParts(zip);
        List<SheetGrid> grids = new ArrayList<>();
        List<LoadedWorkbook.PendingFormula> pending = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), OPTIONS)) {
            boolean date1904 = wb.isDate1904();
            for (Iterator<Sheet> it = wb.getSheets().iterator(); it.hasNext(); ) {
                Sheet sheet = it.next();
                boolean hidden = sheet.getVisibility() != SheetVisibility.VISIBLE;
                String name = Cells.clean(sheet.getName());
                if (!SheetFilter.load(name, hidden)) {
                    continue;
                }
                SheetGrid grid = new SheetGrid(name, hidden, sheet.getIndex());
                try (Stream<Row> rows = sheet.openStream()) {
                    for (Iterator<Row> ri = rows.iterator(); ri.hasNext(); ) {
                        Row row = ri.next();
                        int r = row.getRowNum() - 1;
                        if (r >= limits.maxRows()) {
                            throw new LimitExceededException("trang tính “" + name + "” có hơn "
                                    + limits.maxRows() + " dòng");
                        }
                        int count = Math.min(row.getCellCount(), Cells.MAX_COLUMNS);
                        for (int c = 0; c < count; c++) {
                            Cell cell = row.getCell(c);
                            if (cell != null) {
                                grid.put(r, c, convert(cell, name, r, c, date1904, grid, pending));
                            }
                        }
                    }
                }
                String part = partsById.get(sheet.getId());
                ZipEntry entry = part == null ? null : zip.getEntry(part);
                if (entry != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        MergeScanner.scan(in, grid);
                    }
                }
                grids.add(grid);
            }
        }
        return new LoadedWorkbook(grids, pending);
    }

    private static CellValue convert(Cell cell, String sheet, int r, int c, boolean date1904, SheetGrid grid,
                                     List<LoadedWorkbook.PendingFormula> pending) {
        CellType type = cell.getType();
        Object value = cell.getValue();
        switch (type) {
            case EMPTY:
                return null;
            case STRING:
                return Cells.text((String) value, sheet, r, c);
            case NUMBER:
                return numeric((BigDecimal) value, cell, sheet, r, c, date1904);
            case BOOLEAN:
                return Cells.text(Boolean.TRUE.equals(value) ? "TRUE" : "FALSE", sheet, r, c);
            case ERROR:
                return Cells.text(cell.getRawValue(), sheet, r, c);
            case FORMULA:
                if (value == null) {
                    pending.add(new LoadedWorkbook.PendingFormula(grid, r, c));
                    return null;
                }
                if (value instanceof BigDecimal number) {
                    return numeric(number, cell, sheet, r, c, date1904);
                }
                if (value instanceof Boolean b) {
                    return Cells.text(b ? "TRUE" : "FALSE", sheet, r, c);
                }
                return Cells.text(value.toString(), sheet, r, c);
            default:
                return Cells.text(cell.getRawValue(), sheet, r, c);
        }
    }

    private static CellValue numeric(BigDecimal value, Cell cell, String sheet, int r, int c, boolean date1904) {
        if (value == null) {
            return null;
        }
        double d = value.doubleValue();
        Integer formatId = cell.getDataFormatId();
        if (formatId != null && DateUtil.isValidExcelDate(d)
                && DateUtil.isADateFormat(formatId, cell.getDataFormatString())) {
            LocalDate date = DateUtil.getLocalDateTime(d, date1904).toLocalDate();
            return Cells.date(d, date, sheet, r, c);
        }
        return Cells.number(d, sheet, r, c);
    }

    /** Relationship id → zip entry name of each sheet part, from the workbook's relationships. */
    private static Map<String, String> sheetParts(ZipFile zip) throws IOException {
        Map<String, String> byId = new HashMap<>();
        ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (rels == null) {
            return byId;
        }
        try (InputStream in = zip.getInputStream(rels)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(x.getLocalName())) {
                        String id = x.getAttributeValue(null, "Id");
                        String target = x.getAttributeValue(null, "Target");
                        if (id != null && target != null) {
                            byId.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
                        }
                    }
                }
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("workbook relationships unreadable: " + e.getMessage(), e);
        }
        return byId;
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        return f;
    }

    /** A sheet is larger than the limits allow (FILE-006). */
    static final class LimitExceededException extends RuntimeException {
        LimitExceededException(String reason) {
            super(reason);
        }
    }
}
