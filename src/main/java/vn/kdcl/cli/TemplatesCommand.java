package vn.kdcl.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.registry.Registry;
import vn.kdcl.template.TemplateSet;
import vn.kdcl.template.TemplateWriter;

/** Plain Java (no Spring context): writes the Excel templates schools fill in. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = {"Tạo biểu mẫu Excel cho các trường, theo thông tư áp dụng ngày 1/9 của năm học --year.",
                "Không có --registry: bộ mẫu trống của năm học vào --out (mặc định input-templates/ trong thư mục "
                        + "hiện tại): từ năm học 2026-2027 mỗi cấp học một mẫu theo Thông tư 57/2026 (kể cả trung tâm "
                        + "GDTX); năm học trước đó mỗi thông tư 2018 (đã sửa đổi) một mẫu.",
                "Có --registry: mỗi trường trong danh sách một tệp đã điền sẵn thông tin trường, đúng thông tư theo "
                        + "cấp học và năm học, vào --out (mặc định <home>/templates/)."})
class TemplatesCommand implements Callable<Integer> {

    @ParentCommand
    KdclCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Thư mục ghi tệp (mặc định input-templates/, hoặc <home>/templates/ khi có --registry).")
    Path out;

    @Option(names = "--registry", paramLabel = "FILE",
            description = "Danh sách trường (.xlsx/.xls/.csv: Mã trường, Tên trường, Cấp học, Đơn vị quản lý, Tỉnh/Thành phố).")
    Path registry;

    @Option(names = "--year", paramLabel = "YYYY-YYYY",
            description = "Năm học của biểu mẫu, ví dụ 2025-2026 (mặc định năm học hiện tại).")
    String year;

    /** {@code 2025-2026}: two years, the second one after the first. */
    static boolean isSchoolYear(String year) {
        return year.matches("\\d{4}-\\d{4}")
                && Integer.parseInt(year.substring(5)) == Integer.parseInt(year.substring(0, 4)) + 1;
    }

    @Override
    public Integer call() {
        if (year != null && !isSchoolYear(year)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--year phải có dạng YYYY-YYYY: " + year);
        }
        // with the office's corrections in <home>/catalogue/, as the import uses them (docs/catalogue.md)
        CatalogueRepository catalogues = CatalogueRepository.load(root.home().root().resolve("catalogue"));
        if (catalogues.all().isEmpty()) {
            throw new IllegalStateException("Chưa có danh mục tiêu chí nào (catalogue/index.yaml rỗng)");
        }
        TemplateSet set = new TemplateSet(catalogues, new TemplateWriter());
        TemplateSet.Result result;
        String schoolYear = year != null ? year : TemplateSet.schoolYear(LocalDate.now());
        if (registry == null) {
            Path dir = out != null ? out : Path.of("input-templates");
            result = set.writeBlank(dir, schoolYear);
        } else {
            Path dir = out != null ? out : root.home().root().resolve("templates");
            result = set.writeForSchools(Registry.read(registry), dir, schoolYear, TemplateSet.firstDay(schoolYear));
        }
        var err = spec.commandLine().getErr();
        result.written().forEach(p -> err.println("Đã ghi " + p.toAbsolutePath().normalize()));
        result.skipped().forEach(s -> err.println("Bỏ qua " + s));
        err.println("Tổng cộng " + result.written().size() + " tệp.");
        err.flush();
        return 0;
    }
}
