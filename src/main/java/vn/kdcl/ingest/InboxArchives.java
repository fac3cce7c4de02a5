package vn.kdcl.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.kdcl.home.FileNames;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.read.WorkbookReader;
import vn.kdcl.text.VietText;

/**
 * Unpacks zip archives of workbooks that officers drop into the inbox (all of a mailbox's attachments, a shared
 * folder downloaded at once) so that their workbooks are imported like any other file.
 *
 * <p>The workbooks go to a folder named after the archive, beside it; the archive itself is kept in
 * {@code archive/zips/}. Only workbooks are taken out (.xlsx, .xlsm, .xls, .ods), each within the size a
 * workbook may have, with names cleaned so that none can leave the folder. A crash cannot leave half an
 * archive to be imported: files are written into a hidden folder (the scan skips those) that is renamed
 * only when complete, and a marker in the finished folder tells the next run that this archive (by content)
 * was unpacked already, so a re-run only files the archive away.
 */
public class InboxArchives {

    private static final Logger log = LoggerFactory.getLogger(InboxArchives.class);

    private static final String MARKER = ".kdcl-unpacked-";
    private static final String WORKING = ".kdcl-unpacking-";
    /** Entry names of other tools: macOS resource forks, Office lock files. */
    private static final List<String> JUNK_PREFIXES = List.of("__MACOSX", ".", "~$");
    /** Zip name encodings to try: UTF-8 (with or without its flag), then what Vietnamese Windows writes. */
    private static final List<Charset> NAME_CHARSETS = List.of(StandardCharsets.UTF_8, VietText.WINDOWS_VIETNAMESE,
            StandardCharsets.ISO_8859_1);
    private static final int MAX_SEGMENT = 120;
    private static final int MAX_SEGMENT_BYTES = 220;

    /** What unpacking one archive did. */
    public record Unpacked(Path archive, Path folder, int workbooks, int skipped, String storedAs) {
    }

    private final KdclHome home;
    private final long maxEntryBytes;
    private final int maxEntries;

    /**
     * @param maxEntryBytes largest workbook taken out (larger ones would be refused by the import anyway)
     * @param maxEntries    most entries an archive may have to be unpacked
     */
    public InboxArchives(KdclHome home, long maxEntryBytes, int maxEntries) {
        this.home = home;
        this.maxEntryBytes = maxEntryBytes;
        this.maxEntries = maxEntries;
    }

    /** True for the marker an unpacked folder carries. */
    static boolean isMarker(Path file) {
        return file.getFileName().toString().startsWith(MARKER);
    }

    /** True for a file named .zip that holds workbooks and is not itself a workbook package. */
    public static boolean isWorkbookArchive(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return false;
        }
        try (ZipFile zip = open(file)) {
            if (zip.getEntry("[Content_Types].xml") != null || zip.getEntry("mimetype") != null) {
                return false;
            }
            return zip.stream().anyMatch(e -> !e.isDirectory() && wanted(e.getName()));
        } catch (IOException | RuntimeException e) {
            return false; // not a readable zip: the import says why
        }
    }

    /**
     * Unpacks the archive (a stable file of the inbox, hashed by the scan) unless a previous run did, and files
     * it away; returns what happened, or null when the archive could not be opened (it then stays in the inbox
     * and is reported by the import like any unreadable file).
     */
    public Unpacked unpack(Path archive, String sha256) {
        String sha8 = sha256.substring(0, 8);
        Path parent = archive.getParent();
        try {
            Path done = findUnpacked(parent, sha8);
            int[] counts = {0, 0};
            if (done == null) {
                Path working = parent.resolve(WORKING + sha8);
                deleteTree(working); // what a crashed run left: our own partial copy, never the officer's files
                Files.createDirectories(working);
                try (ZipFile zip = open(archive)) {
                    counts = extract(zip, working);
                }
                Files.writeString(working.resolve(MARKER + sha8), archive.getFileName() + "\n", StandardCharsets.UTF_8);
                done = renameFree(working, parent, folderName(archive));
                syncDirectory(done);
                syncDirectory(parent);
            }
            String stored = new FileLifecycle(home).placeArchive(archive, sha256);
            log.info("Unpacked {} workbook(s) from {} into {} ({} other entries left in the archive, kept as {})",
                    counts[0], archive.getFileName(), done.getFileName(), counts[1], stored);
            return new Unpacked(archive, done, counts[0], counts[1], stored);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            log.warn("Cannot unpack {}: {}", archive, e.toString());
            try {
                deleteTree(parent.resolve(WORKING + sha8)); // the archive itself is rejected with the reason
            } catch (IOException cleanup) {
                log.debug("Cannot remove the partial copy of {}: {}", archive, cleanup.toString());
            }
            return null;
        }
    }

    /** Opens with the first name encoding that decodes every entry name. */
    private static ZipFile open(Path file) throws IOException {
        ZipException last = null;
        for (Charset cs : NAME_CHARSETS) {
            try {
                return new ZipFile(file.toFile(), cs);
            } catch (ZipException e) {
                last = e; // "invalid CEN header (bad entry name)": names in another encoding
            }
        }
        throw last;
    }

    private int[] extract(ZipFile zip, Path into) throws IOException {
        int workbooks = 0;
        int skipped = 0;
        int seen = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (++seen > maxEntries) {
                throw new IllegalArgumentException("more than " + maxEntries + " entries");
            }
            if (e.isDirectory()) {
                continue;
            }
            List<String> segments = segments(e.getName());
            if (segments.isEmpty() || !wanted(e.getName()) || e.getSize() > maxEntryBytes) {
                skipped++;
                continue;
            }
            Path target = into;
            for (String s : segments) {
                target = target.resolve(s);
            }
            if (!target.normalize().startsWith(into)) {
                skipped++;
                continue;
            }
            Files.createDirectories(target.getParent());
            target = FileLifecycle.uniqueIn(target.getParent(), target.getFileName().toString());
            boolean whole;
            try (InputStream in = zip.getInputStream(e);
                 FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                whole = copyBounded(in, Channels.newOutputStream(channel),
                        e.getSize() >= 0 ? Math.min(maxEntryBytes, e.getSize()) : maxEntryBytes);
                // on disk before the archive leaves the inbox: after a power cut the folder is whole or absent
                channel.force(true);
            }
            if (!whole) {
                Files.delete(target);
                skipped++;
                continue;
            }
            // the entry's time is when the school's file was last saved: it orders versions of one school
            FileTime time = e.getLastModifiedTime();
            if (time != null && time.toMillis() > 0 && time.toMillis() <= System.currentTimeMillis()) {
                Files.setLastModifiedTime(target, time);
            }
            workbooks++;
        }
        return new int[] {workbooks, skipped};
    }

    /** Copies at most {@code limit} bytes; false when the entry inflates to more than that (a forged size). */
    private static boolean copyBounded(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > limit) {
                return false;
            }
            out.write(buf, 0, n);
        }
        return true;
    }

    private static boolean wanted(String entryName) {
        String lower = entryName.toLowerCase(Locale.ROOT);
        if (!WorkbookReader.hasWorkbookName(lower)) {
            return false;
        }
        for (String segment : entryName.split("[/\\\\]")) {
            for (String junk : JUNK_PREFIXES) {
                if (segment.startsWith(junk)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The entry's path as safe, NFC folder and file names: no root, no "..", nothing Windows forbids. */
    static List<String> segments(String entryName) {
        List<String> out = new ArrayList<>();
        for (String raw : entryName.split("[/\\\\]")) {
            String s = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
            while (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1).strip(); // Windows drops trailing dots
            }
            if (s.isEmpty() || s.equals("..")) {
                continue;
            }
            if (s.length() > MAX_SEGMENT || FileNames.bytes(s) > MAX_SEGMENT_BYTES) {
                int dot = s.lastIndexOf('.');
                String ext = dot > 0 && s.length() - dot <= 6 ? s.substring(dot) : "";
                String stem = s.substring(0, s.length() - ext.length());
                int letters = MAX_SEGMENT - ext.length() - 1;
                if (stem.codePointCount(0, stem.length()) > letters) {
                    stem = stem.substring(0, stem.offsetByCodePoints(0, letters)).strip() + "…";
                }
                // bytes too: the disk counts them, and the import may add " (2)", "_1a2b3c4d" and ".why.txt"
                s = FileNames.fit(stem, ext, MAX_SEGMENT_BYTES) + ext;
            }
            out.add(s);
        }
        return out;
    }

    private static String folderName(Path archive) {
        String name = archive.getFileName().toString();
        List<String> cleaned = segments(name.substring(0, name.length() - ".zip".length()));
        return cleaned.isEmpty() ? "zip" : cleaned.get(cleaned.size() - 1);
    }

    /** The folder a previous run unpacked this archive (by content) into, or null. */
    private static Path findUnpacked(Path parent, String sha8) throws IOException {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, Files::isDirectory)) {
            for (Path dir : dirs) {
                if (!dir.getFileName().toString().startsWith(".") && Files.exists(dir.resolve(MARKER + sha8))) {
                    return dir;
                }
            }
        }
        return null;
    }

    /** Renames the finished folder to {@code name}, or "name (2)", … when that is taken. */
    private static Path renameFree(Path working, Path parent, String name) throws IOException {
        for (int i = 1; ; i++) {
            Path target = parent.resolve(i == 1 ? name : name + " (" + i + ")");
            if (Files.exists(target)) {
                continue;
            }
            try {
                return Files.move(working, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // taken meanwhile: try the next name
            }
        }
    }

    /** Makes a folder's entries (and a rename into it) durable; where folders cannot be opened (Windows), a no-op. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            log.debug("Cannot sync folder {}: {}", dir, e.toString());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
