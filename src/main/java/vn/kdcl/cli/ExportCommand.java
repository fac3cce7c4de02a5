package vn.kdcl.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import vn.kdcl.export.ExportService;
import vn.kdcl.export.ExportWriter;
import vn.kdcl.export.ExportedSchool;
import vn.kdcl.report.ReportDataService;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Xuất dữ liệu đã chuẩn hóa (hồ sơ mới nhất của mỗi trường, mỗi năm học).",
                "json: đúng định dạng hợp đồng, ra stdout khi không có --out.",
                "csv: không có --out → bảng trường ra stdout; có --out DIR → mỗi bảng một tệp .csv trong DIR.",
                "xlsx: mỗi bảng một trang tính; cần --out FILE (hoặc chuyển hướng stdout)."})
class ExportCommand implements Callable<Integer> {

    enum Format { json, csv, xlsx }

    @ParentCommand
    KdclCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "json|csv|xlsx", description = "json, csv hoặc xlsx")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Tệp (json, xlsx) hoặc thư mục (csv) đích.")
    Path out;

    @Option(names = "--year", paramLabel = "YYYY-YYYY", description = "Chỉ năm học này, ví dụ 2024-2025.")
    String year;

    @Option(names = "--unit", paramLabel = "TÊN",
            description = "Chỉ các trường của đơn vị quản lý này (có hoặc không dấu, hoặc tên thư mục trong reports/).")
    String unit;

    @Override
    public Integer call() throws Exception {
        if (year != null && !year.matches("\\d{4}-\\d{4}")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--year phải có dạng YYYY-YYYY, ví dụ 2024-2025");
        }
        if (format == Format.xlsx && out == null && System.console() != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "xlsx cần --out FILE (hoặc chuyển hướng stdout vào tệp)");
        }
        try (AppContext app = AppContext.start(root.home())) {
            List<ExportedSchool> all = app.bean(ExportService.class).schools(year);
            List<ExportedSchool> schools = unit == null ? all
                    : all.stream().filter(s -> ReportDataService.namesUnit(unit, unitOf(s))).toList();
            if (unit != null && schools.isEmpty() && !all.isEmpty()) {
                System.err.println("Không có đơn vị nào tên “" + unit + "”" + (year == null ? "" : " năm học " + year)
                        + ". Các đơn vị có hồ sơ:");
                ReportCommand.listUnits(all.stream().map(ExportCommand::unitOf).distinct()
                        .sorted(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))));
            }
            ExportWriter writer = new ExportWriter(app.bean(JsonMapper.class));
            switch (format) {
                case json -> write(out, o -> writer.json(schools, o));
                case xlsx -> write(out, o -> writer.xlsx(ExportWriter.tables(schools), o));
                case csv -> {
                    List<ExportWriter.Table> tables = ExportWriter.tables(schools);
                    if (out == null) {
                        writer.csv(tables.get(0), System.out);
                        System.out.flush();
                    } else {
                        Files.createDirectories(out);
                        for (ExportWriter.Table t : tables) {
                            write(out.resolve(t.name() + ".csv"), o -> writer.csv(t, o));
                        }
                    }
                }
            }
            System.err.printf("Đã xuất %d trường/năm học%s%n", schools.size(), out == null ? "" : " vào " + out);
        }
        return 0;
    }

    /** The unit as the reports name it ("(Chưa ghi đơn vị quản lý)" when the school gave none). */
    private static String unitOf(ExportedSchool s) {
        return vn.kdcl.report.UnitYear.label(s.unit());
    }

    private interface Body {
        void write(OutputStream out) throws Exception;
    }

    private static void write(Path file, Body body) throws Exception {
        if (file == null) {
            OutputStream o = new BufferedOutputStream(System.out);
            body.write(o);
            o.flush();
            return;
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            body.write(o);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
