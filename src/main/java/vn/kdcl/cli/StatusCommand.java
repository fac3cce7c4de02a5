package vn.kdcl.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kdcl.status.StatusService;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Tình trạng: các lần chạy gần nhất, số hồ sơ theo trạng thái, trường chưa nộp; "
                + "với --school: các hồ sơ của một trường.")
class StatusCommand implements Callable<Integer> {

    @ParentCommand
    KdclCommand root;

    @Option(names = "--year", paramLabel = "YYYY-YYYY",
            description = "Năm học để liệt kê trường chưa nộp (mặc định: năm học mới nhất có hồ sơ).")
    String year;

    @Option(names = "--unit", paramLabel = "ĐƠN VỊ",
            description = "Chỉ liệt kê trường chưa nộp của một đơn vị quản lý: tên đơn vị hoặc vài chữ trong tên "
                    + "(không cần dấu), hoặc tên thư mục của đơn vị trong reports/.")
    String unit;

    @Option(names = "--school", paramLabel = "MÃ|TÊN",
            description = "Mọi hồ sơ đã nhận của một trường (theo mã, hoặc một phần tên, không cần dấu): phiên bản, "
                    + "trạng thái, ngày nhận, số lỗi, nơi lưu tệp.")
    String school;

    @Override
    public Integer call() {
        try (AppContext app = AppContext.start(root.home())) {
            StatusService status = app.bean(StatusService.class);
            if (school != null) {
                status.printSchool(System.out, school);
            } else {
                status.print(System.out, year, unit);
            }
        }
        return 0;
    }
}
