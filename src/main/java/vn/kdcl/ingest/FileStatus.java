package vn.kdcl.ingest;

/** What one import run did with one file (CONTRACT.md run report). */
public enum FileStatus {
    ACCEPTED, REJECTED, SKIPPED_DUPLICATE, DEFERRED, IGNORED
}
