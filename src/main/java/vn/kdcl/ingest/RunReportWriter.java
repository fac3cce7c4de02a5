package vn.kdcl.ingest;

import java.io.OutputStream;
import java.util.function.Consumer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link RunReport} as indented JSON one file entry at a time, so that a run of thousands of files
 * with dozens of findings each never exists as one object tree or one string (it did: ~125 MB for 2,000
 * plans with 38 findings each). The bytes are those of the mapper writing the whole record.
 */
final class RunReportWriter {

    /** Hands each file entry of the run, in order, to the consumer it is given. */
    interface Entries {
        void forEach(Consumer<RunReport.FileEntry> entry);
    }

    private final ObjectWriter writer;

    RunReportWriter(JsonMapper json) {
        this.writer = json.writer().with(SerializationFeature.INDENT_OUTPUT);
    }

    void write(OutputStream out, String runId, String startedAt, String finishedAt, Entries entries) {
        try (JsonGenerator g = writer.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("runId", runId);
            g.writeStringProperty("startedAt", startedAt);
            g.writeStringProperty("finishedAt", finishedAt);
            g.writeName("files");
            g.writeStartArray();
            entries.forEach(g::writePOJO);
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
