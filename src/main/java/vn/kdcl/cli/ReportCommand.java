package vn.kdcl.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kdcl.report.ReportDataService;
import vn.kdcl.report.ReportService;
import vn.kdcl.report.UnitYear;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Tạo các báo cáo PDF: bảng tổng hợp của mỗi đơn vị quản lý và báo cáo tóm tắt của từng trường.",
                "Ghi vào <home>/reports/<năm học>/<đơn vị>/dashboard.pdf, book.pdf (sổ tổng hợp) và .../schools/<mã trường>.pdf.",
                "Mặc định: mọi năm học và mọi đơn vị có hồ sơ đã tiếp nhận."})
class ReportCommand implements Callable<Integer> {

    @ParentCommand
    KdclCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--year", paramLabel = "YYYY-YYYY", description = "Chỉ năm học này, ví dụ 2024-2025.")
    String year;

    @Option(names = "--unit", paramLabel = "NAME", description = "Chỉ đơn vị quản lý này (tên như trong hồ sơ, có hoặc không dấu, hoặc tên thư mục trong reports/).")
    String unit;

    @Override
    public Integer call() {
        if (year != null && !year.matches("\\d{4}-\\d{4}")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--year phải có dạng YYYY-YYYY, ví dụ 2024-2025");
        }
        try (AppContext app = AppContext.start(root.home())) {
            List<ReportService.Rendered> done = app.bean(ReportService.class).renderAll(year, unit);
            if (done.isEmpty()) {
                System.err.println("Không có hồ sơ đã tiếp nhận nào phù hợp; không tạo báo cáo.");
                printWhatThereIs(app.bean(ReportDataService.class));
            }
            for (ReportService.Rendered r : done) {
                System.err.printf("%s — %s: %d báo cáo trường (%d ms), bảng tổng hợp (%d ms), sổ tổng hợp (%d ms) → %s%n",
                        r.scope().year(), r.scope().unitLabel(), r.schools().size(), r.schoolsMillis(),
                        r.dashboardMillis(), r.bookMillis(), r.dashboard().getParent());
            }
        }
        return 0;
    }

    /** After a --year or --unit that matched nothing: the years, or the units of the year, that have reports. */
    private void printWhatThereIs(ReportDataService data) {
        List<UnitYear> all = data.unitYears(null, null);
        List<UnitYear> ofYear = all.stream().filter(u -> year == null || year.equals(u.year())).toList();
        if (ofYear.isEmpty() && !all.isEmpty()) {
            System.err.println("Các năm học có hồ sơ: "
                    + String.join(", ", all.stream().map(UnitYear::year).distinct().toList()) + ".");
        } else if (unit != null && !ofYear.isEmpty()) {
            System.err.println("Các đơn vị có hồ sơ" + (year == null ? "" : " năm học " + year)
                    + " (gõ tên có hoặc không dấu, hoặc tên thư mục trong reports/):");
            listUnits(ofYear.stream().map(UnitYear::unitLabel));
        }
    }

    /** Each unit once, with the folder name that --unit also accepts (used by export --unit too). */
    static void listUnits(java.util.stream.Stream<String> unitLabels) {
        unitLabels.distinct().forEach(u -> System.err.println("  " + u + "  (" + ReportService.folderName(u) + ")"));
    }
}
