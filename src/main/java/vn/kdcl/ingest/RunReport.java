package vn.kdcl.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.kdcl.check.Finding;

/**
 * runs/&lt;runId&gt;.json exactly as CONTRACT.md specifies; {@code unpacked} (zip archives the run unpacked, said in
 * Vietnamese) and {@code feedback} (what the feedback step wrote, null when it is off) are for the console summary
 * and not part of the file.
 */
public record RunReport(String runId, String startedAt, String finishedAt, List<FileEntry> files,
                        @JsonIgnore List<String> unpacked, @JsonIgnore Feedback feedback) {

    /** Job execution context keys through which the feedback step tells the summary what it wrote. */
    public static final String FEEDBACK_WRITTEN = "kdcl.feedback.written";
    public static final String FEEDBACK_FAILED = "kdcl.feedback.failed";
    public static final String FEEDBACK_NAMES = "kdcl.feedback.names";
    /** Names of feedback workbooks the summary lists; the rest are counted. */
    public static final int FEEDBACK_LISTED = 20;

    public RunReport {
        unpacked = unpacked == null ? List.of() : List.copyOf(unpacked);
    }

    public RunReport(String runId, String startedAt, String finishedAt, List<FileEntry> files) {
        this(runId, startedAt, finishedAt, files, List.of(), null);
    }

    /** Feedback workbooks written in the run: how many, how many failed, the first names. */
    public record Feedback(int written, int failed, List<String> names) {
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
