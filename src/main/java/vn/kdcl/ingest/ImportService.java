package vn.kdcl.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.kdcl.home.KdclHome;

/** Starts the import job and prints its summary. */
@Service
public class ImportService {

    private final JobOperator jobs;
    private final Job importJob;
    private final RunFiles runFiles;
    private final KdclHome home;
    private final JdbcTemplate jdbc;

    public ImportService(JobOperator jobs, @Qualifier(ImportJobConfiguration.JOB) Job importJob, RunFiles runFiles,
                         KdclHome home, JdbcTemplate jdbc) {
        this.jobs = jobs;
        this.importJob = importJob;
        this.runFiles = runFiles;
        this.home = home;
        this.jdbc = jdbc;
    }

    /**
     * Why {@code inbox} cannot be imported from, in Vietnamese, or null when it can: it must be a folder, and its
     * path must fit the run's record (import_run.inbox).
     */
    public static String inboxProblem(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return "không có thư mục " + inbox + (Files.exists(inbox) ? " (đó là một tệp, không phải thư mục)" : "") + ".";
        }
        int length = inbox.toAbsolutePath().normalize().toString().length();
        if (length > StorageLimits.FILE_NAME) {
            return "đường dẫn thư mục dài " + length + " ký tự, quá " + StorageLimits.FILE_NAME
                    + " ký tự có thể ghi vào báo cáo lần chạy; hãy chép các tệp vào một thư mục có đường dẫn ngắn hơn.";
        }
        return null;
    }

    /** Imports everything waiting in the inbox; returns the run id. */
    public RunReport run(Path inbox) throws Exception {
        String problem = inboxProblem(inbox);
        if (problem != null) {
            throw new IllegalArgumentException("Không nhập được: " + problem);
        }
        abandonInterruptedRuns();
        String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        JobExecution exec = jobs.start(importJob, new JobParametersBuilder()
                .addString("runId", runId)
                .addString("inbox", inbox.toAbsolutePath().normalize().toString())
                .toJobParameters());
        if (exec.getStatus() != BatchStatus.COMPLETED) {
            Throwable cause = exec.getAllFailureExceptions().stream().findFirst().orElse(null);
            throw new IllegalStateException("Lần nhập " + runId + " không hoàn tất: " + exec.getStatus()
                    + (cause == null ? "" : " — " + cause.getMessage()), cause);
        }
        ExecutionContext context = exec.getExecutionContext();
        @SuppressWarnings("unchecked")
        List<String> unpacked = (List<String>) context.get(ScanTasklet.UNPACKED);
        @SuppressWarnings("unchecked")
        RunReport.Feedback feedback = context.containsKey(RunReport.FEEDBACK_WRITTEN)
                ? new RunReport.Feedback(context.getInt(RunReport.FEEDBACK_WRITTEN), context.getInt(RunReport.FEEDBACK_FAILED),
                        (List<String>) context.get(RunReport.FEEDBACK_NAMES), context.getString(RunReport.FEEDBACK_LIST, null))
                : null;
        @SuppressWarnings("unchecked")
        List<String> unmoved = (List<String>) context.get(RunReport.UNMOVED);
        return new RunReport(runId, null, null, runFiles.entries(runId), unpacked, feedback, unmoved);
    }

    public void printSummary(RunReport report, PrintStream out) {
        out.printf("Lần nhập %s: %d tệp%n", report.runId(), report.files().size());
        for (FileStatus s : FileStatus.values()) {
            long n = report.count(s);
            if (n > 0) {
                out.printf("  %-18s %d%n", label(s), n);
            }
        }
        report.unpacked().forEach(u -> out.println("  Đã giải nén:      " + u));
        report.files().stream().filter(f -> f.status().equals(FileStatus.REJECTED.name())).forEach(f -> out.printf(
                "  ✗ %s: %s%n", f.file(), f.findings().stream().filter(x -> x.severity() == vn.kdcl.check.Severity.ERROR)
                        .map(x -> "[" + x.code() + "] " + x.message()).findFirst().orElse("")));
        // lock and temporary files need nothing; a link or a path too long to store needs the officer
        report.files().stream().filter(f -> f.status().equals(FileStatus.IGNORED.name())
                        && !InboxScanner.isTemporary(Path.of(f.file())))
                .forEach(f -> out.printf("  ! %s: %s%n", f.file(), f.findings().isEmpty() ? "" : f.findings().get(0).message()));
        report.unmoved().forEach(f -> out.printf("  ! %s: đã nhập nhưng chưa chuyển được khỏi hộp thư đến (tệp đang mở trong"
                + " chương trình khác?); lần chạy sau sẽ chuyển.%n", f));
        out.println("Báo cáo chi tiết: " + home.runs().resolve(report.runId() + ".json"));
        RunReport.Feedback feedback = report.feedback();
        if (feedback != null && feedback.written() > 0) {
            // the officer sends these to the schools: name them, a screenful at most
            out.println("Phản hồi gửi trường (" + feedback.written() + " tệp .phan-hoi): " + home.feedback());
            feedback.names().forEach(name -> out.println("  " + name));
            if (feedback.written() > feedback.names().size()) {
                out.println("  … và " + (feedback.written() - feedback.names().size()) + " tệp khác");
            }
            if (feedback.list() != null) {
                out.println("Danh sách gửi (trường, đơn vị, người lập, điện thoại, email): "
                        + feedback.list());
            }
        }
        if (feedback != null && feedback.failed() > 0) {
            out.println("  ! " + feedback.failed() + " tệp phản hồi không ghi được (chi tiết trong "
                    + home.logs().resolve("kdcl.log") + ")");
        }
    }

    private static String label(FileStatus s) {
        return switch (s) {
            case ACCEPTED -> "Đã nhập:";
            case REJECTED -> "Bị từ chối:";
            case SKIPPED_DUPLICATE -> "Trùng, bỏ qua:";
            case DEFERRED -> "Để lần sau:";
            case IGNORED -> "Bỏ qua:";
        };
    }

    /** A killed run leaves its execution STARTED; mark it so that status and restarts are not confused. */
    private void abandonInterruptedRuns() {
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'ABANDONED', EXIT_CODE = 'ABANDONED', END_TIME = CURRENT_TIMESTAMP "
                + "WHERE STATUS IN ('STARTED', 'STARTING', 'STOPPING') AND END_TIME IS NULL");
    }
}
