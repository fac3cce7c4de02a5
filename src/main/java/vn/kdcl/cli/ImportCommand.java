package vn.kdcl.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // an explicit --inbox that is missing, a file or too long is a typing mistake: say so instead of "0 tệp"
        String problem = inbox == null ? null : ImportService.inboxProblem(inbox);
        if (problem != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--inbox: " + problem);
        }
        try (HomeLock lock = HomeLock.acquire(root.home()); AppContext app = AppContext.start(root.home())) {
            ImportService service = app.bean(ImportService.class);
            RunReport report = service.run(inbox != null ? inbox : root.home().inbox());
            service.printSummary(report, System.out);
        }
        return 0;
    }
}
