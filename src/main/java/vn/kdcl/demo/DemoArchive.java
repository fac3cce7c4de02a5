package vn.kdcl.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Turns one unit's folder of the demo inbox into a zip archive, as a commune office forwards its schools' files
 * attached to one e-mail: the import unpacks it into a folder of the same name, so every file ends up at the
 * path the manifest gives. The archive's bytes depend only on the files (names in order, their times).
 */
public final class DemoArchive {

    /** What was zipped. */
    public record Zipped(Path archive, int files) {
    }

    private DemoArchive() {
    }

    /**
     * Zips the unit folder with the fewest files (at least two, all of them workbook names and none a lock or
     * hidden file, so that unpacking gives back exactly the same files) and removes the folder; empty when no
     * folder qualifies.
     */
    public static Optional<Zipped> zipOneUnit(Path inbox) {
        try (Stream<Path> dirs = Files.list(inbox)) {
            // each folder's files listed once
            Map<Path, List<Path>> units = new TreeMap<>();
            dirs.filter(Files::isDirectory).forEach(d -> units.put(d, files(d)));
            Optional<Map.Entry<Path, List<Path>>> unit = units.entrySet().stream()
                    .filter(e -> e.getValue().size() >= 2 && qualifies(e.getValue()))
                    .min(Comparator.comparingInt(e -> e.getValue().size()));
            if (unit.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(zip(unit.get().getKey(), unit.get().getValue()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + inbox, e);
        }
    }

    private static Zipped zip(Path folder, List<Path> files) throws IOException {
        Path archive = folder.resolveSibling(folder.getFileName() + ".zip");
        FileTime newest = FileTime.fromMillis(0);
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path f : files) {
                ZipEntry e = new ZipEntry(folder.relativize(f).toString().replace('\\', '/'));
                // the school's save time travels with the entry: it orders a school's versions after unpacking
                FileTime time = Files.getLastModifiedTime(f);
                e.setLastModifiedTime(time);
                newest = time.compareTo(newest) > 0 ? time : newest;
                zip.putNextEntry(e);
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        Files.setLastModifiedTime(archive, newest);
        // the folder and everything in it (all zipped: qualifies() allows nothing else), deepest first
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        return new Zipped(archive, files.size());
    }

    private static boolean qualifies(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).allMatch(name -> !name.startsWith("~$")
                && !name.startsWith(".") && vn.kdcl.ingest.read.WorkbookReader.hasWorkbookName(name.toLowerCase(Locale.ROOT)));
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> tree = Files.walk(folder)) {
            return tree.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
