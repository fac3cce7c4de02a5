package vn.kdcl.cli;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kdcl.database.DatabaseRepair;
import vn.kdcl.database.RebuildFromFiles;
import vn.kdcl.home.HomeLock;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.ImportService;
import vn.kdcl.withdraw.Withdrawal;
import vn.kdcl.ingest.RunReport;

@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Dựng lại cơ sở dữ liệu (H2, mặc định) từ chính dữ liệu của nó, khi lệnh import/nightly báo cơ sở "
                + "dữ liệu hỏng (thường sau mất điện hoặc tắt máy đột ngột). Tệp cũ được giữ lại trong db/ban-cu-<thời gian>/.")
class RepairCommand implements Callable<Integer> {

    @ParentCommand
    KdclCommand root;

    @Option(names = "--from-files",
            description = "Khi cơ sở dữ liệu không đọc được nữa: dựng cơ sở dữ liệu mới bằng cách nhập lại mọi tệp gốc "
                    + "của các trường đang lưu trong archive/ và rejected/ (mất lịch sử các lần nhập; số phiên bản được "
                    + "đánh lại theo thời gian của tệp).")
    boolean fromFiles;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KdclHome home = root.home();
        DatabaseRepair repair = new DatabaseRepair(home, Clock.systemDefaultZone());
        String unsupported = repair.unsupported();
        if (unsupported != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), unsupported);
        }
        try (HomeLock lock = HomeLock.acquire(home)) {
            if (fromFiles) {
                if (repair.inUse()) {
                    System.err.println("Lỗi: " + repair.inUseMessage("kdcl repair --from-files"));
                    return 1;
                }
                rebuildFromFiles(home);
                return 0;
            }
            DatabaseRepair.Result result;
            try {
                result = repair.repair();
            } catch (IllegalStateException e) {
                // its own message says what happened and what to do; H2's cause alone would not
                System.err.println("Lỗi: " + e.getMessage());
                org.slf4j.LoggerFactory.getLogger(RepairCommand.class).error("Repair failed", e);
                return 1;
            }
            // the program itself must accept the new file: its migrations are checked as at every start
            try (AppContext app = AppContext.start(home)) {
                app.bean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM submission", Long.class);
            }
            Map<String, Long> rows = result.rows();
            System.out.println("Đã dựng lại cơ sở dữ liệu " + repair.file() + ":");
            System.out.printf("  %d tệp đã nhận (hồ sơ), %d kết quả tiêu chí, %d nhiệm vụ, %d dòng kinh phí, %d phát hiện, %d trường%n",
                    rows.getOrDefault("submission", 0L), rows.getOrDefault("criterion_result", 0L),
                    rows.getOrDefault("plan_task", 0L), rows.getOrDefault("funding_line", 0L),
                    rows.getOrDefault("finding", 0L), rows.getOrDefault("school", 0L));
            System.out.println("Tệp cũ và bản kịch bản dữ liệu được giữ ở " + result.kept()
                    + "; xoá thư mục đó khi mọi việc đã ổn.");
            System.out.println("Tiếp theo: chạy lại ./kdcl nightly (hoặc ./kdcl import): các tệp còn trong hộp thư đến sẽ được nhập.");
        }
        return 0;
    }

    private static void rebuildFromFiles(KdclHome home) throws Exception {
        RebuildFromFiles rebuild = new RebuildFromFiles(home, Clock.systemDefaultZone());
        RebuildFromFiles.Prepared prepared = rebuild.prepare();
        System.out.println("Cơ sở dữ liệu cũ được chuyển vào " + prepared.kept() + "; nhập lại " + prepared.originals()
                + " tệp gốc từ archive/ và rejected/ (qua " + prepared.staging() + ").");
        // the schools had their feedback when their files first came in
        try (AppContext app = AppContext.start(home, "--kdcl.feedback.enabled=false")) {
            ImportService service = app.bean(ImportService.class);
            RunReport report = service.run(home.inbox());
            service.printSummary(report, System.out);
            Withdrawal withdrawal = app.bean(Withdrawal.class);
            long again = prepared.withdrawn().entrySet().stream()
                    .filter(w -> withdrawal.withdrawAgain(w.getKey(), w.getValue())).count();
            if (!prepared.withdrawn().isEmpty()) {
                System.out.println("Hồ sơ đã rút (archive/withdrawn/) vẫn là đã rút: " + again + "/" + prepared.withdrawn().size() + ".");
            }
        }
        rebuild.cleanUp(prepared);
        System.out.println("Đã dựng cơ sở dữ liệu mới từ các tệp gốc. Nếu lệnh bị ngắt giữa chừng, chạy lại"
                + " ./kdcl repair --from-files.");
    }
}
