package vn.kdcl.ingest;

/**
 * Reads, normalises and checks one file. Must never throw for bad input: problems become
 * findings. Called from several threads at once.
 */
public interface FileInterpreter {

    FileOutcome interpret(InboxFile file);
}
