package vn.kdcl.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.kdcl.check.Finding;

/**
 * runs/&lt;runId&gt;.json exactly as CONTRACT.md specifies; {@code unpacked} (zip archives the run unpacked, said in
 * Vietnamese for the console summary) is not part of the file.
 */
public record RunReport(String runId, String startedAt, String finishedAt, List<FileEntry> files,
                        @JsonIgnore List<String> unpacked) {

    public RunReport {
        unpacked = unpacked == null ? List.of() : List.copyOf(unpacked);
    }

    public RunReport(String runId, String startedAt, String finishedAt, List<FileEntry> files) {
        this(runId, startedAt, finishedAt, files, List.of());
    }

    public record FileEntry(String file, String sha256, String status, String schoolCode, String schoolYear,
                            List<Finding> findings) {
    }

    public long count(FileStatus status) {
        return files.stream().filter(f -> f.status().equals(status.name())).count();
    }
}
