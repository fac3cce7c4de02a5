package vn.kdcl.ingest;

import java.util.List;

import vn.kdcl.check.Finding;

/** runs/&lt;runId&gt;.json exactly as CONTRACT.md specifies. */
public record RunReport(String runId, String startedAt, String finishedAt, List<FileEntry> files) {

    public record FileEntry(String file, String sha256, String status, String schoolCode, String schoolYear,
                            List<Finding> findings) {
    }

    public long count(FileStatus status) {
        return files.stream().filter(f -> f.status().equals(status.name())).count();
    }
}
