package vn.kdcl.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.kdcl.catalogue.CatalogueDetector;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.catalogue.SchoolLevelRules;
import vn.kdcl.ingest.SubmissionBuilder;
import vn.kdcl.ingest.read.ReadOutcome;
import vn.kdcl.ingest.read.WorkbookReader;

/** Read → build → check, as the import's interpreter does it, without the database. */
final class Pipeline {

    private static final WorkbookReader READER = new WorkbookReader();
    private static final SubmissionBuilder BUILDER = new SubmissionBuilder(
            new CatalogueDetector(CatalogueRepository.fromClasspath()), new SchoolLevelRules(), Checker.standard());

    /** What became of one file. */
    record Result(ReadOutcome read, SubmissionBuilder.Built built, List<Finding> findings) {

        List<String> codes() {
            return findings.stream().map(Finding::code).toList();
        }

        List<Finding> of(String code) {
            return findings.stream().filter(f -> f.code().equals(code)).toList();
        }

        Finding only(String code) {
            List<Finding> fs = of(code);
            if (fs.size() != 1) {
                throw new AssertionError("expected exactly one " + code + " but got " + fs + "\nall: " + findings);
            }
            return fs.get(0);
        }
    }

    private Pipeline() {
    }

    static Result run(Path file) {
        ReadOutcome read = READER.read(file);
        if (read.rejected()) {
            return new Result(read, null, read.findings());
        }
        SubmissionBuilder.Built built = BUILDER.build(read.workbook());
        List<Finding> all = new ArrayList<>(read.findings());
        built.findings().stream().filter(f -> !all.contains(f)).forEach(all::add);
        return new Result(read, built, all);
    }
}
