package vn.kdcl.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import vn.kdcl.home.KdclHome;

/**
 * Builds a new database from the schools' original files, for a database that cannot be read at all: the
 * import keeps every file it was sent in {@code archive/} (accepted) or {@code rejected/}, so their content can
 * be imported again. The old database file moves to {@code db/ban-cu-<time>/}; the originals go back through
 * the inbox ({@code inbox/khoi-phuc-<time>/}) and the ordinary import files them where they were, so a rebuild
 * that is interrupted leaves them where the next import or rebuild finds them.
 *
 * <p>What the originals cannot give back: the history of import runs (the run reports stay in {@code runs/}) and
 * the names the files had when they arrived. Versions are numbered again in the order of the files' times, as
 * the import always orders them. Copies in {@code archive/duplicates/} and unpacked zip archives are not read
 * again: their content is among the originals.
 */
public final class RebuildFromFiles {

    /** A rebuild made ready: the old database moved to {@code kept}, the originals in {@code staging}. */
    public record Prepared(Path kept, Path staging, int originals) {
    }

    private final KdclHome home;
    private final Clock clock;

    public RebuildFromFiles(KdclHome home, Clock clock) {
        this.home = home;
        this.clock = clock;
    }

    /** The originals the import filed: archive/'s own files and rejected/'s, without the .why.txt beside them. */
    public List<Path> originals() {
        List<Path> out = new ArrayList<>();
        out.addAll(filesIn(home.archive()));
        out.addAll(filesIn(home.rejected()).stream()
                .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".why.txt")).toList());
        return out;
    }

    /**
     * Moves the old database aside and the originals into the inbox; the ordinary import (with feedback off: the
     * schools had theirs when their files first came in) then builds the new database from them.
     */
    public Prepared prepare() {
        String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path kept = home.db().resolve("ban-cu-" + stamp);
        Path staging = home.inbox().resolve("khoi-phuc-" + stamp);
        List<Path> originals = originals();
        try {
            Files.createDirectories(kept);
            try (Stream<Path> db = Files.list(home.db())) {
                for (Path f : db.filter(Files::isRegularFile).toList()) {
                    Files.move(f, kept.resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            // a move keeps the file's time, which orders the versions of a school as when it first arrived
            for (Path f : originals) {
                Path target = staging.resolve(home.root().relativize(f.getParent())).resolve(f.getFileName());
                Files.createDirectories(target.getParent());
                Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the rebuild: " + e.getMessage(), e);
        }
        return new Prepared(kept, staging, originals.size());
    }

    /** Removes the staging folders the import emptied; a file still there stays for the next import. */
    public void cleanUp(Prepared prepared) {
        if (!Files.isDirectory(prepared.staging())) {
            return;
        }
        try (Stream<Path> tree = Files.walk(prepared.staging())) {
            for (Path dir : tree.filter(Files::isDirectory).sorted(java.util.Comparator.reverseOrder()).toList()) {
                try (Stream<Path> inside = Files.list(dir)) {
                    if (inside.findAny().isEmpty()) {
                        Files.delete(dir);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean up " + prepared.staging(), e);
        }
    }

    private static List<Path> filesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }
}
