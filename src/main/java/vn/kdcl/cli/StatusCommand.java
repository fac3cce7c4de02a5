package vn.kdcl.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import vn.kdcl.status.StatusService;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Tình trạng: các lần chạy gần nhất, số hồ sơ theo trạng thái, trường chưa nộp.")
class StatusCommand implements Callable<Integer> {

    @ParentCommand
    KdclCommand root;

    @Override
    public Integer call() {
        try (AppContext app = AppContext.start(root.home())) {
            app.bean(StatusService.class).print(System.out);
        }
        return 0;
    }
}
