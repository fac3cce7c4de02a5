package vn.kdcl.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
import vn.kdcl.hash.Sha256;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.FileLifecycle;

/**
 * Builds a new database from the schools' original files, for a database that cannot be read at all: the
 * import keeps every file it was sent in {@code archive/} (accepted) or {@code rejected/}, so their content can
 * be imported again. The old database file moves to {@code db/ban-cu-<time>/}; the originals go back through
 * the inbox ({@code inbox/khoi-phuc-<time>/}) and the ordinary import files them where they were, so a rebuild
 * that is interrupted leaves them where the next import or rebuild finds them.
 *
 * <p>What the originals cannot give back: the history of import runs (the run reports stay in {@code runs/}). The
 * names the files had when they arrived come from those reports, under {@code inbox/khoi-phuc-<time>/}. Versions
 * are numbered again in the order of the files' times, as the import always orders them. Copies in
 * {@code archive/duplicates/} and unpacked zip archives are not read again: their content is among the originals.
 * Files withdrawn with {@code kdcl withdraw} stay in {@code archive/withdrawn/}; a copy of each goes through the
 * import too and is then withdrawn again ({@link Prepared#withdrawn}), so that the new database knows their content
 * (sent again, it is recognised) and {@code withdraw --undo} still works.
 */
public final class RebuildFromFiles {

    private static final Logger log = LoggerFactory.getLogger(RebuildFromFiles.class);

    /**
     * A rebuild made ready: the old database moved to {@code kept}, the originals in {@code staging}, and the withdrawn
     * files copied there too (content hash → where the withdrawn file stays, relative to the home).
     */
    public record Prepared(Path kept, Path staging, int originals, Map<String, String> withdrawn) {
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
                .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(FileLifecycle.WHY)).toList());
        return out;
    }

    /**
     * Moves the old database aside and the originals into the inbox; the ordinary import (with feedback off: the
     * schools had theirs when their files first came in) then builds the new database from them.
     */
    public Prepared prepare() {
        String stamp = DatabaseRepair.stamp(clock);
        Path kept = DatabaseRepair.keptFolder(home, stamp);
        Path staging = home.inbox().resolve("khoi-phuc-" + stamp);
        List<Path> originals = originals();
        Map<String, String> withdrawn = new java.util.LinkedHashMap<>();
        try {
            // each original under the name it arrived with, so that findings name the file as the school sent it;
            // a move keeps the file's time, which orders the versions of a school as when it first arrived
            Map<String, String> arrived = arrivalNames();
            for (Path f : originals) {
                Path target = staging(staging, f, arrived.get(Sha256.of(f)));
                Files.createDirectories(target.getParent());
                Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
            }
            // withdrawn files are copied, not moved: the file in archive/withdrawn/ stays the one kept
            for (Path f : filesIn(home.withdrawn())) {
                String sha = Sha256.of(f);
                Path target = staging(staging, f, arrived.get(sha));
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                withdrawn.put(sha, home.root().relativize(f).toString().replace('\\', '/'));
            }
            // only then the old database: a rebuild killed before this point leaves it in use, and the next import
            // files the staged originals back where that database says they are
            Files.createDirectories(kept);
            try (Stream<Path> db = Files.list(home.db())) {
                for (Path f : db.filter(Files::isRegularFile).toList()) {
                    Files.move(f, kept.resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the rebuild: " + e.getMessage(), e);
        }
        return new Prepared(kept, staging, originals.size(), withdrawn);
    }

    /**
     * Where an original waits in the staging folder: at the path it had in the inbox when it arrived ("PGD/x.xlsx"),
     * in a numbered sub-folder when another original had that path too, or under its stored name when no run
     * report tells.
     */
    private Path staging(Path staging, Path original, String arrivedAs) {
        Path relative = home.root().relativize(original);
        if (arrivedAs != null) {
            String name = arrivedAs.startsWith("inbox/") ? arrivedAs.substring("inbox/".length())
                    : arrivedAs.substring(arrivedAs.lastIndexOf('/') + 1);
            Path candidate = staging.resolve(name).normalize();
            if (!name.isBlank() && candidate.startsWith(staging) && !candidate.equals(staging)) {
                relative = staging.relativize(candidate);
            }
        }
        Path target = staging.resolve(relative);
        for (int n = 2; Files.exists(target); n++) {
            target = staging.resolve(Integer.toString(n)).resolve(relative);
        }
        return target;
    }

    /**
     * The inbox path each stored content (by SHA-256) had when it was first accepted or rejected, from the run
     * reports in runs/ (read as a stream: a report of a large run holds every finding of it).
     */
    Map<String, String> arrivalNames() {
        Map<String, String> names = new HashMap<>();
        if (!Files.isDirectory(home.runs())) {
            return names;
        }
        JsonMapper json = JsonMapper.builder().build();
        List<Path> reports;
        try (Stream<Path> files = Files.list(home.runs())) {
            // run ids start with their time: the first report that stored a content names its arrival
            reports = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + home.runs(), e);
        }
        for (Path report : reports) {
            try (JsonParser p = json.createParser(report)) {
                readFiles(p, names);
            } catch (JacksonException e) {
                log.warn("Run report {} cannot be read ({}); its files keep their stored names", report, e.getMessage());
            }
        }
        return names;
    }

    private static void readFiles(JsonParser p, Map<String, String> names) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return;
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String property = p.currentName();
            if (p.nextToken() != JsonToken.START_ARRAY || !"files".equals(property)) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String file = null;
                String sha = null;
                String status = null;
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    String text = value == JsonToken.VALUE_STRING ? p.getString() : null;
                    switch (field) {
                        case "file" -> file = text;
                        case "sha256" -> sha = text;
                        case "status" -> status = text;
                        default -> p.skipChildren();
                    }
                }
                if (file != null && sha != null && ("ACCEPTED".equals(status) || "REJECTED".equals(status))) {
                    names.putIfAbsent(sha, file);
                }
            }
        }
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
