package vn.kdcl.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.demo.DemoArchive;
import vn.kdcl.demo.DemoGenerator;
import vn.kdcl.demo.DemoManifest;
import vn.kdcl.home.KdclHome;

/** Plain Java (no Spring context): fills the home with demo data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Tạo dữ liệu mẫu: <home>/registry.xlsx, N tệp trong <home>/inbox/ (một số trong thư mục con "
                + "theo đơn vị quản lý, các tệp của một đơn vị trong một tệp .zip, khoảng 30%% cố ý có lỗi) và "
                + "<home>/demo/manifest.json.",
                "Phần lớn là kế hoạch năm học 2026-2027 theo Thông tư 57/2026 (mọi cấp học, kể cả trung tâm GDTX; "
                        + "vài tệp gửi lại sau rà soát cuối học kỳ I), khoảng một phần ba là năm học 2025-2026 theo "
                        + "mẫu 2018, vài tệp 2026-2027 còn dùng mẫu 2018.",
                "Cùng --seed cho cùng nội dung từng byte. Tệp cũ khác tên trong inbox/ không bị xóa."})
class DemoCommand implements Callable<Integer> {

    @ParentCommand
    KdclCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--schools", paramLabel = "N", defaultValue = "50",
            description = "Số tệp ghi vào inbox/ (mặc định ${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Hạt giống ngẫu nhiên (mặc định ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (files < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--schools phải ≥ 1");
        }
        KdclHome home = root.home().create();
        DemoManifest manifest = new DemoGenerator(CatalogueRepository.fromClasspath()).generate(home.root(), files, seed);
        var err = spec.commandLine().getErr();
        long faulty = manifest.files().stream().filter(DemoManifest.FileEntry::faulty).count();
        err.println("Đã ghi " + home.root().resolve(manifest.registry()));
        err.println("Đã ghi " + manifest.files().size() + " tệp vào " + home.inbox() + " (" + faulty + " tệp cố ý có lỗi)");
        // one unit's files arrive as a zip, as a commune office forwards its schools' e-mail attachments
        DemoArchive.zipOneUnit(home.inbox()).ifPresent(z -> err.println("Đã nén " + z.files() + " tệp của một đơn vị thành "
                + z.archive() + " (như tệp đính kèm thư điện tử; lệnh import tự giải nén vào thư mục cùng tên)"));
        err.println("Đã ghi " + home.root().resolve("demo/manifest.json"));
        err.flush();
        return 0;
    }
}
