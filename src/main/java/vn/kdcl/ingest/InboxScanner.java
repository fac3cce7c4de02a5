package vn.kdcl.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import vn.kdcl.hash.Sha256;

/**
 * Lists the inbox: which files to import, which to ignore (lock and temp files) and which to
 * defer because they are still being written.
 */
public class InboxScanner {

    /** A file and what the scan decided about it. */
    public record Entry(InboxFile file, Decision decision) {
    }

    public enum Decision {
        CANDIDATE,
        /** a lock or temporary file */
        IGNORED,
        /** a symbolic link: never followed, the inbox holds what officers dropped, nothing else */
        LINK,
        /** still being written, or unreadable right now */
        DEFERRED
    }

    private final Duration settle;

    /** @param settle files modified more recently than this are re-checked for growth */
    public InboxScanner(Duration settle) {
        this.settle = settle;
    }

    public List<Entry> scan(Path inbox) {
        List<InboxFile> found = list(inbox);
        Instant now = Instant.now();
        List<InboxFile> recent = found.stream()
                .filter(f -> f.size() >= 0 && f.modified().isAfter(now.minus(settle)) && !isTemporary(f.path())).toList();
        List<InboxFile> growing = recent.isEmpty() ? List.of() : stillChanging(recent);
        // hashing is most of the scan's time: spread it over the cores (order is kept)
        return found.parallelStream().map(f -> decide(f, growing)).toList();
    }

    private static Entry decide(InboxFile f, List<InboxFile> growing) {
        if (f.size() < 0) {
            return new Entry(f, Decision.LINK);
        }
        if (isTemporary(f.path())) {
            return new Entry(f, Decision.IGNORED);
        }
        if (growing.contains(f)) {
            return new Entry(f, Decision.DEFERRED);
        }
        try {
            return new Entry(new InboxFile(f.path(), f.relative(), Sha256.of(f.path()), f.size(), f.modified()),
                    Decision.CANDIDATE);
        } catch (UncheckedIOException e) {
            // Vanished or locked between listing and reading: try again next run.
            return new Entry(f, Decision.DEFERRED);
        }
    }

    /** Lock files of Excel/LibreOffice, partial downloads and hidden files. */
    public static boolean isTemporary(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith("~$") || name.startsWith(".~lock.") || name.startsWith(".")
                || lower.endsWith(".tmp") || lower.endsWith(".part") || lower.endsWith(".crdownload")
                || lower.endsWith(".partial") || lower.endsWith("~");
    }

    /**
     * The files of the inbox the scan looks at, sorted by relative path, not yet hashed: regular files and
     * symbolic links (size -1), without hidden folders and InboxArchives' markers.
     */
    public static List<InboxFile> list(Path inbox) {
        List<InboxFile> found = new ArrayList<>();
        if (Files.isDirectory(inbox)) {
            walk(inbox, found);
        }
        found.sort(Comparator.comparing(InboxFile::relative));
        return found;
    }

    /**
     * The folder to walk for {@code inbox}: the inbox itself, or where it points when it is a symbolic link (an
     * inbox linked to a shared or synchronised folder is common); {@link #viaInbox} maps what the walk finds back.
     */
    static Path walkRoot(Path inbox) throws IOException {
        return Files.isSymbolicLink(inbox) ? inbox.toRealPath() : inbox;
    }

    /** A path the walk of {@link #walkRoot} found, as seen through the inbox. */
    static Path viaInbox(Path inbox, Path root, Path found) {
        return root == inbox ? found : inbox.resolve(root.relativize(found));
    }

    private static void walk(Path inbox, List<InboxFile> out) {
        visit(inbox, (file, attrs) -> {
            // Symlinks within the inbox are not followed: the inbox holds what officers dropped, nothing else.
            // InboxArchives' own markers are not the officer's files: left out of the run altogether.
            if ((attrs.isRegularFile() || attrs.isSymbolicLink()) && !InboxArchives.isMarker(file)) {
                String rel = inbox.relativize(file).toString().replace('\\', '/');
                out.add(new InboxFile(file, rel, null, attrs.isSymbolicLink() ? -1 : attrs.size(),
                        attrs.lastModifiedTime().toInstant()));
            }
        }, dir -> { });
    }

    /**
     * Walks the inbox as the scan sees it: where a linked inbox points, without hidden folders (a half-unpacked
     * archive, .git, .Trash), every path given as seen through the inbox; folders are given before what they hold.
     */
    static void visit(Path inbox, java.util.function.BiConsumer<Path, BasicFileAttributes> onFile,
                      java.util.function.Consumer<Path> onFolder) {
        try {
            Path root = walkRoot(inbox);
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    onFolder.accept(viaInbox(inbox, root, dir));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path found, BasicFileAttributes attrs) {
                    onFile.accept(viaInbox(inbox, root, found), attrs);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list inbox " + inbox, e);
        }
    }

    /** Waits once, briefly, and returns the recent files whose size or time changed meanwhile. */
    private List<InboxFile> stillChanging(List<InboxFile> recent) {
        try {
            Thread.sleep(Math.min(1000, settle.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<InboxFile> changing = new ArrayList<>();
        for (InboxFile f : recent) {
            try {
                BasicFileAttributes a = Files.readAttributes(f.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.size() != f.size() || !a.lastModifiedTime().toInstant().equals(f.modified())) {
                    changing.add(f);
                }
            } catch (IOException e) {
                changing.add(f);
            }
        }
        return changing;
    }
}
