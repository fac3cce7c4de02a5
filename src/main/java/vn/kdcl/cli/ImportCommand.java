package vn.kdcl.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kdcl.home.HomeLock;
import vn.kdcl.ingest.ImportService;
import vn.kdcl.ingest.RunReport;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Nhập mọi tệp đang chờ trong hộp thư đến (inbox); in tóm tắt và ghi báo cáo lần chạy (runs/).")
class ImportCommand implements Callable<Integer> {

    @ParentCommand
    KdclCommand root;

    @Option(names = "--inbox", paramLabel = "DIR", description = "Thư mục cần nhập (mặc định: <home>/inbox).")
    Path inbox;

    @Override
    public Integer call() throws Exception {
        try (HomeLock lock = HomeLock.acquire(root.home()); AppContext app = AppContext.start(root.home())) {
            ImportService service = app.bean(ImportService.class);
            RunReport report = service.run(inbox != null ? inbox : root.home().inbox());
            service.printSummary(report, System.out);
        }
        return 0;
    }
}
