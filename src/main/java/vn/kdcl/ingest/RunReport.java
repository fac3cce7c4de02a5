package vn.kdcl.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.kdcl.check.Finding;

/**
 * runs/&lt;runId&gt;.json exactly as CONTRACT.md specifies; {@code unpacked} (zip archives the run unpacked, said in
 * Vietnamese), {@code feedback} (what the feedback step wrote, null when it is off) and {@code unmoved} (files that
 * could not be moved out of the inbox this time) are for the console summary and not part of the file.
 */
public record RunReport(String runId, String startedAt, String finishedAt, List<FileEntry> files,
                        @JsonIgnore List<String> unpacked, @JsonIgnore Feedback feedback, @JsonIgnore List<String> unmoved) {

    /** Job execution context keys through which the feedback step tells the summary what it wrote. */
    public static final String FEEDBACK_WRITTEN = "kdcl.feedback.written";
    public static final String FEEDBACK_FAILED = "kdcl.feedback.failed";
    public static final String FEEDBACK_NAMES = "kdcl.feedback.names";
    /** The run's mail-out list of feedback workbooks (its path), absent when none was written. */
    public static final String FEEDBACK_LIST = "kdcl.feedback.list";
    /** Names of feedback workbooks the summary lists; the rest are counted. */
    public static final int FEEDBACK_LISTED = 20;

    /** Job execution context key: files of the run stored in the database but not yet moved out of the inbox. */
    public static final String UNMOVED = "kdcl.unmoved";

    public RunReport {
        unpacked = unpacked == null ? List.of() : List.copyOf(unpacked);
        unmoved = unmoved == null ? List.of() : List.copyOf(unmoved);
    }

    public RunReport(String runId, String startedAt, String finishedAt, List<FileEntry> files) {
        this(runId, startedAt, finishedAt, files, List.of(), null, List.of());
    }

    /** Feedback workbooks written in the run: how many, how many failed, the first names, the list (or null). */
    public record Feedback(int written, int failed, List<String> names, String list) {
        public Feedback {
            names = names == null ? List.of() : List.copyOf(names);
        }
    }

    public record FileEntry(String file, String sha256, String status, String schoolCode, String schoolYear,
                            List<Finding> findings) {
    }

    public long count(FileStatus status) {
        return files.stream().filter(f -> f.status().equals(status.name())).count();
    }
}
