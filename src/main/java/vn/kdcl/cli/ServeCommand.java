package vn.kdcl.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Chạy thường trực và tự chạy 'nightly' theo lịch cron trong cấu hình.",
                "(kdcl.nightly.cron, mặc định 0 0 2 * * * = 2 giờ sáng mỗi ngày; đặt trong <home>/kdcl.properties).",
                "Chỉ một lần chạy tại một thời điểm: lượt trùng với một lần nhập khác sẽ được bỏ qua."})
class ServeCommand implements Callable<Integer> {

    @ParentCommand
    KdclCommand root;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (AppContext app = AppContext.start(root.home(), "--kdcl.serve=true")) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            System.err.println("kdcl serve: đang chờ lịch chạy (Ctrl+C để dừng).");
            stopped.await();
        }
        return 0;
    }
}
