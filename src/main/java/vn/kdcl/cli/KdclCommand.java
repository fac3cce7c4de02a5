package vn.kdcl.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kdcl.home.KdclHome;

@Command(name = "kdcl", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "vn.kdcl.cli.Messages",
        description = "kdcl-hub: tổng hợp kế hoạch cải tiến chất lượng của các trường.%n"
                + "Consolidates schools' quality improvement plans for an education office.",
        subcommands = {TemplatesCommand.class, DemoCommand.class, ImportCommand.class, ExportCommand.class,
                StatusCommand.class, ReportCommand.class,
                NightlyCommand.class, ServeCommand.class, WithdrawCommand.class, RepairCommand.class,
                CommandLine.HelpCommand.class})
public class KdclCommand implements Runnable {

    @Option(names = "--home", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Thư mục chứa mọi thứ kdcl ghi ra (mặc định: biến KDCL_HOME hoặc ./data).")
    Path home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "thiếu lệnh, ví dụ: kdcl nightly");
    }

    public KdclHome home() {
        return KdclHome.resolve(home, System.getenv(KdclHome.ENV));
    }

    /** Runs the command line and returns the process exit code (0 ran, 1 failed, 2 usage). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new KdclCommand());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> handleFailure(cmd, ex));
        cli.setParameterExceptionHandler((ex, given) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("Lỗi cú pháp: " + UsageErrors.describe(ex));
            UsageErrors.suggestions(ex).ifPresent(cmd.getErr()::println);
            cmd.getErr().println("Xem hướng dẫn: " + cmd.getCommandSpec().qualifiedName() + " --help");
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        // The log file lives under the home, so the home must be known before anything logs.
        cli.setExecutionStrategy(parsed -> {
            Path home = cli.<KdclCommand>getCommand().home().root();
            if (Files.exists(home) && !Files.isDirectory(home)) {
                throw new CommandLine.ParameterException(cli, "thư mục dữ liệu " + home
                        + " là một tệp, không phải thư mục; hãy chọn thư mục khác bằng --home hoặc KDCL_HOME.");
            }
            System.setProperty("kdcl.home", home.toString());
            return new CommandLine.RunLast().execute(parsed);
        });
        return cli.execute(args);
    }

    /** Prints a failed command's reason, and what to do when it has a known remedy; returns exit code 1. */
    static int handleFailure(CommandLine cmd, Exception ex) {
        Throwable root = UsageErrors.rootCause(ex);
        cmd.getErr().println("Lỗi: " + UsageErrors.failure(root));
        if (vn.kdcl.database.DatabaseRepair.looksDamaged(ex)) {
            cmd.getErr().println(vn.kdcl.database.DatabaseRepair.ADVICE);
        }
        if (root instanceof java.nio.file.InvalidPathException && !fileNamesAreUtf8()) {
            cmd.getErr().println("Tên tệp tiếng Việt không đọc được vì môi trường chạy không dùng bảng mã UTF-8"
                    + " (biến LANG trống, thường gặp khi chạy từ cron hoặc systemd). Hãy chạy bằng ./kdcl,"
                    + " hoặc đặt LANG=C.UTF-8 trước lệnh java.");
        }
        cmd.getErr().flush();
        LoggerFactory.getLogger(KdclCommand.class).error("Command failed", ex);
        return 1;
    }

    /** Java reads file names in the encoding of the locale it started in (sun.jnu.encoding), not file.encoding. */
    static boolean fileNamesAreUtf8() {
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        return jnu.equalsIgnoreCase("UTF-8") || jnu.equalsIgnoreCase("UTF8");
    }
}
