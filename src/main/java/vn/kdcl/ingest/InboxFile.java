package vn.kdcl.ingest;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file found in the inbox.
 *
 * @param path     absolute path
 * @param relative path relative to the inbox, with '/' separators (as reported)
 * @param sha256   hex digest of the content, null until hashed
 * @param modified last-modified time: when the office received this version
 */
public record InboxFile(Path path, String relative, String sha256, long size, Instant modified) {

    public String extension() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
