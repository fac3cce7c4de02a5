package vn.kdcl.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kdcl.status.StatusService;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Tình trạng: các lần chạy gần nhất, số hồ sơ theo trạng thái, trường chưa nộp.")
class StatusCommand implements Callable<Integer> {

    @ParentCommand
    KdclCommand root;

    @Option(names = "--year", paramLabel = "YYYY-YYYY",
            description = "Năm học để liệt kê trường chưa nộp (mặc định: năm học mới nhất có hồ sơ).")
    String year;

    @Override
    public Integer call() {
        try (AppContext app = AppContext.start(root.home())) {
            app.bean(StatusService.class).print(System.out, year);
        }
        return 0;
    }
}
