package vn.kdcl.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import vn.kdcl.check.Finding;
import vn.kdcl.home.FileNames;
import vn.kdcl.home.KdclHome;

/**
 * Where files go once the database has recorded them: archive/ with canonical names, rejected/
 * with a .why.txt, archive/duplicates/ for content already known. Moves are idempotent and
 * driven by the database, so a crash between commit and move is repaired by the next run.
 */
public class FileLifecycle {

    private final KdclHome home;
    /**
     * Folders this instance (one place step) has made sure of: Files.createDirectories on an existing folder fails
     * a mkdir and then checks, for each of a run's thousands of files into the same archive/.
     */
    private final java.util.Set<Path> folders = new java.util.HashSet<>();

    public FileLifecycle(KdclHome home) {
        this.home = home;
    }

    /** archive/&lt;schoolCode&gt;_&lt;year&gt;_&lt;sha8&gt;.&lt;ext&gt;, relative to the home. */
    public static String archivePath(String schoolCode, String schoolYear, String sha256, String ext) {
        return "archive/" + safe(schoolCode) + "_" + safe(schoolYear) + "_" + sha256.substring(0, 8) + dotExt(ext);
    }

    /**
     * rejected/&lt;original name&gt;, or with the hash appended when that name is taken; shortened when the name and
     * its ".why.txt" would not fit on the disk.
     */
    public static String rejectedPath(String fileName, String sha256, boolean nameTaken) {
        FileNames.Parts name = FileNames.Parts.of(fileName);
        String tail = (nameTaken ? "_" + sha256.substring(0, 8) : "") + name.ext();
        return "rejected/" + FileNames.fit(name.stem(), tail + WHY) + tail;
    }

    /** The explanation beside a rejected file: {@code <stored name>.why.txt}. */
    public static final String WHY = ".why.txt";

    /**
     * Moves the inbox file to its recorded place. When the place is already occupied (the same
     * content was imported before), the file goes to archive/duplicates/ instead. Returns the
     * path the file ended at, relative to the home.
     */
    public String place(Path source, String storedPath) {
        if (!Files.exists(source)) {
            return storedPath;
        }
        Path target = home.root().resolve(storedPath);
        if (Files.exists(target)) {
            target = uniqueIn(home.archive().resolve("duplicates"), source.getFileName().toString());
        }
        move(source, target);
        return home.root().relativize(target).toString().replace('\\', '/');
    }

    /**
     * Files an unpacked zip archive away as archive/zips/&lt;sha8&gt;_&lt;name&gt; (archive/duplicates/ when that
     * content is there already); returns where it went, relative to the home.
     */
    public String placeArchive(Path zip, String sha256) {
        FileNames.Parts name = FileNames.Parts.of(zip.getFileName().toString());
        String prefix = sha256.substring(0, 8) + "_";
        return place(zip, "archive/zips/" + prefix + FileNames.fit(name.stem(), prefix + name.ext()) + name.ext());
    }

    /** Writes rejected/&lt;name&gt;.why.txt in Vietnamese beside a rejected file. */
    public void writeWhy(String storedPath, String originalName, List<Finding> findings) {
        Path why = home.root().resolve(storedPath + WHY);
        StringBuilder sb = new StringBuilder();
        sb.append("Tệp: ").append(originalName).append('\n');
        sb.append("Kết quả: KHÔNG NHẬP ĐƯỢC (bị từ chối)\n\nLý do:\n");
        for (Finding f : findings) {
            if (f.severity() != vn.kdcl.check.Severity.ERROR) {
                continue;
            }
            sb.append("- [").append(f.code()).append("] ");
            if (f.sheet() != null) {
                sb.append("Trang tính \"").append(f.sheet()).append('"');
                if (f.cell() != null) {
                    sb.append(", ô ").append(f.cell());
                }
                sb.append(": ");
            }
            sb.append(f.message()).append('\n');
        }
        sb.append("""

                Cần làm gì: sửa tệp theo lý do trên (hoặc dùng lại mẫu trong thư mục input-templates/),
                lưu dưới dạng .xlsx không đặt mật khẩu, rồi gửi lại cho phòng/sở. Tệp gốc được giữ nguyên ở đây.
                """);
        try {
            Files.createDirectories(why.getParent());
            Files.writeString(why, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + why, e);
        }
    }

    private void move(Path source, Path target) {
        try {
            if (!folders.contains(target.getParent())) {
                Files.createDirectories(target.getParent());
                folders.add(target.getParent());
            }
            try {
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Inbox on another file system: copy first, remove the original only once the copy is complete.
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                Files.delete(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + source + " to " + target, e);
        }
    }

    /** {@code dir/name}, or "stem (2).ext", "stem (3).ext", … when that is taken. */
    public static Path uniqueIn(Path dir, String name) {
        Path p = dir.resolve(name);
        FileNames.Parts parts = FileNames.Parts.of(name);
        for (int i = 2; Files.exists(p); i++) {
            String tail = " (" + i + ")" + parts.ext();
            p = dir.resolve(FileNames.fit(parts.stem(), tail) + tail);
        }
        return p;
    }

    /** A code or year as it can appear in a file name: letters, digits, ".", "_" and "-"; "unknown" for null. */
    public static String safe(String s) {
        return s == null ? "unknown" : s.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    }

    private static String dotExt(String ext) {
        return ext == null || ext.isEmpty() ? "" : "." + ext.toLowerCase(Locale.ROOT);
    }
}
