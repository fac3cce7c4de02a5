package vn.kdcl.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import vn.kdcl.database.DatabaseRepair;
import vn.kdcl.home.HomeLock;
import vn.kdcl.home.KdclHome;
import vn.kdcl.nightly.NightlyService;

@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"Chạy toàn bộ: nhập hộp thư đến (kiểm tra, phản hồi cho trường), rồi lập báo cáo PDF.",
                "Đây là lệnh để cron/systemd chạy hằng đêm; chỉ vẽ lại báo cáo của trường có dữ liệu thay đổi.",
                "Nếu cơ sở dữ liệu có dấu hiệu hỏng, lệnh tự dựng lại nó (như kdcl repair) rồi chạy lại một lần."})
class NightlyCommand implements Callable<Integer> {

    @ParentCommand
    KdclCommand root;

    @Override
    public Integer call() throws Exception {
        KdclHome home = root.home();
        return repairingOnce(home, System.err, () -> {
            try (AppContext app = AppContext.start(home)) {
                app.bean(NightlyService.class).run(System.out);
            }
            return 0;
        });
    }

    /**
     * Runs {@code run}; when it fails on a database that looks damaged, rebuilds the database from its rows (the
     * lossless {@code kdcl repair}, which keeps a copy of the old file) and runs it once more. Nobody watches a
     * nightly run: without this, every night would fail the same way until an officer came by.
     */
    static int repairingOnce(KdclHome home, PrintStream err, Callable<Integer> run) throws Exception {
        try {
            return run.call();
        } catch (Exception e) {
            DatabaseRepair repair = new DatabaseRepair(home, Clock.systemDefaultZone());
            if (!DatabaseRepair.looksDamaged(e) || repair.unsupported() != null) {
                throw e;
            }
            org.slf4j.LoggerFactory.getLogger(NightlyCommand.class).warn("Nightly run failed on a damaged database; repairing", e);
            err.println("Cơ sở dữ liệu có dấu hiệu hỏng (" + UsageErrors.failure(UsageErrors.rootCause(e)) + "); đang dựng lại như kdcl repair…");
            DatabaseRepair.Result result;
            try (HomeLock lock = HomeLock.acquire(home)) {
                result = repair.repair();
            } catch (IllegalStateException failed) {
                err.println("Lỗi: " + failed.getMessage());
                org.slf4j.LoggerFactory.getLogger(NightlyCommand.class).error("Repair failed", failed);
                return 1;
            }
            err.println("Đã dựng lại cơ sở dữ liệu (tệp cũ giữ ở " + result.kept() + "); chạy lại.");
            return run.call();
        }
    }
}
