package vn.kdcl.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import vn.kdcl.nightly.NightlyService;

@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"Chạy toàn bộ: nhập hộp thư đến (kiểm tra, phản hồi cho trường), rồi lập báo cáo PDF.",
                "Đây là lệnh để cron/systemd chạy hằng đêm; chỉ vẽ lại báo cáo của trường có dữ liệu thay đổi."})
class NightlyCommand implements Callable<Integer> {

    @ParentCommand
    KdclCommand root;

    @Override
    public Integer call() throws Exception {
        try (AppContext app = AppContext.start(root.home())) {
            app.bean(NightlyService.class).run(System.out);
        }
        return 0;
    }
}
