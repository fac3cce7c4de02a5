package vn.kdcl.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Random;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The byte-level and text-level faults of demo files (all deterministic for a given random source). */
final class FaultyFiles {

    private FaultyFiles() {
    }

    /** Rewrites sheet names and text cells in Unicode NFD (decomposed diacritics), as some Mac and web tools save. */
    static void toNfd(Workbook wb) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            wb.setSheetName(i, Normalizer.normalize(wb.getSheetName(i), Normalizer.Form.NFD));
        }
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        String s = cell.getStringCellValue();
                        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
                        if (!nfd.equals(s)) {
                            cell.setCellValue(nfd);
                        }
                    }
                }
            }
        }
    }

    /** Vietnamese text as it shows when typed in a TCVN3 (.VnTime) font: "Điện Biên" → "§iÖn Biªn". */
    /** Agile (AES) encryption with salts from {@code rnd} so that the same seed gives the same bytes. */
    static byte[] encrypt(byte[] xlsx, String password, Random rnd) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            int block = info.getHeader().getBlockSize();
            int key = info.getHeader().getKeySize() / 8;
            int hash = info.getHeader().getHashAlgorithm().hashSize;
            enc.confirmPassword(password, bytes(rnd, key), bytes(rnd, block), bytes(rnd, block), bytes(rnd, block),
                    bytes(rnd, hash));
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    /** The first part of a workbook, as when a copy or download is cut off. */
    static byte[] truncated(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length * 11 / 20);
    }

    /** A small valid one-page PDF (the plan "printed to PDF" and renamed .xlsx). */
    static byte[] pdf(String asciiText) {
        String stream = "BT /F1 14 Tf 60 780 Td (" + asciiText.replace("(", "").replace(")", "") + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = sb.length();
            sb.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int off : offsets) {
            sb.append(String.format("%010d 00000 n \n", off));
        }
        sb.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** An Excel owner lock file ({@code ~$name.xlsx}): 165 bytes, the user name first. */
    static byte[] lockFile(String user) {
        byte[] out = new byte[165];
        Arrays.fill(out, (byte) 0x20);
        byte[] name = user.getBytes(StandardCharsets.US_ASCII);
        int n = Math.min(name.length, 53);
        out[0] = (byte) n;
        System.arraycopy(name, 0, out, 1, n);
        return out;
    }
}
