package vn.kdcl.ingest;

import java.nio.file.Path;

import vn.kdcl.home.KdclHome;

/** The parameters of one import run, shared by its steps. */
public record ImportRun(String runId, Path inbox, KdclHome home) {

    /** How a file is named in the run report: relative to the home when it lies inside it. */
    public String reportName(String relativeToInbox) {
        return reportName(inbox.resolve(relativeToInbox));
    }

    /** {@link #reportName(String)} of a path. */
    public String reportName(Path file) {
        Path p = file.toAbsolutePath().normalize();
        Path name = p.startsWith(home.root()) ? home.root().relativize(p) : p;
        return name.toString().replace('\\', '/');
    }

    public Path source(String reportName) {
        return home.root().resolve(reportName).normalize();
    }
}
