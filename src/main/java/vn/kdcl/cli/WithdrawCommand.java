package vn.kdcl.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.kdcl.home.HomeLock;
import vn.kdcl.home.KdclHome;
import vn.kdcl.submission.SubmissionStore;
import vn.kdcl.submission.SubmissionStore.Match;
import vn.kdcl.withdraw.Withdrawal;

@Command(name = "withdraw", mixinStandardHelpOptions = true,
        description = {"Rút một hồ sơ nhận nhầm (nhầm mã trường, tệp thử): hồ sơ không còn được tính trong báo cáo, "
                + "bản trước đó của trường (nếu có) được dùng lại; tệp chuyển vào archive/withdrawn/, không xóa gì.",
                "Rút nhầm? --undo đưa hồ sơ đã rút trở lại như chưa từng rút.",
                "Không có --yes: chỉ cho biết sẽ làm gì."})
class WithdrawCommand implements Callable<Integer> {

    @ParentCommand
    KdclCommand root;

    @Parameters(paramLabel = "TỆP", description = "Đường dẫn lưu (archive/…, như kdcl status --school in ra), tên tệp "
            + "khi nhận, hoặc 8 ký tự đầu của mã băm.")
    String query;

    @Option(names = "--yes", description = "Thực hiện việc rút (hoặc việc hoàn tác với --undo).")
    boolean yes;

    @Option(names = "--undo", description = "Hoàn tác: hồ sơ đã rút được tính lại, tệp trở về archive/; nếu là bản mới "
            + "nhất của trường trong năm học thì lại là hồ sơ đang dùng.")
    boolean undo;

    @Override
    public Integer call() {
        KdclHome home = root.home();
        try (HomeLock lock = HomeLock.acquire(home); AppContext app = AppContext.start(home)) {
            List<Match> matches = app.bean(SubmissionStore.class).find(query);
            if (matches.isEmpty()) {
                System.err.println("Không có hồ sơ nào có đường dẫn lưu, tên tệp hay mã băm “" + query + "”. Xem các hồ sơ "
                        + "của một trường bằng: kdcl status --school MÃ");
                return 1;
            }
            // a name sent twice (withdrawn once, sent again fixed) names one file the action applies to
            List<Match> fitting = matches.stream().filter(m -> refusal(m) == null).toList();
            if (matches.size() > 1 && fitting.size() == 1) {
                matches = fitting;
            }
            if (matches.size() > 1) {
                System.err.println("Có " + matches.size() + " hồ sơ khớp với “" + query + "”; hãy ghi đường dẫn lưu của hồ sơ cần "
                        + (undo ? "đưa trở lại:" : "rút:"));
                matches.forEach(m -> System.err.println("  " + describe(m)));
                return 1;
            }
            Match m = matches.get(0);
            String refused = refusal(m);
            if (refused != null) {
                System.err.println(describe(m) + ": " + refused);
                return 1;
            }
            if (!yes) {
                System.out.println((undo ? "Sẽ đưa trở lại: " : "Sẽ rút: ") + describe(m));
                System.out.println("Chạy lại với --yes để thực hiện.");
                return 0;
            }
            if (undo) {
                restore(app, m);
            } else {
                withdraw(app, m);
            }
        }
        return 0;
    }

    private String refusal(Match m) {
        return undo ? Withdrawal.restoreRefusal(m) : Withdrawal.refusal(m);
    }

    private void withdraw(AppContext app, Match m) {
        Withdrawal.Done done = app.bean(Withdrawal.class).withdraw(m);
        System.out.println("Đã rút: " + describe(m) + "; tệp chuyển vào " + done.movedTo() + ".");
        System.out.println(done.current().map(c -> "Hồ sơ đang dùng của trường " + m.schoolCode() + " năm học "
                        + m.schoolYear() + " bây giờ là phiên bản " + c.version() + " (" + c.storedPath() + ").")
                .orElse(SubmissionStore.State.CURRENT.name().equals(m.state())
                        ? "Trường " + m.schoolCode() + " không còn hồ sơ đang dùng cho năm học " + m.schoolYear() + "."
                        : "Hồ sơ đang dùng của trường không đổi."));
        System.out.println("Hoàn tác nếu rút nhầm: ./kdcl withdraw --undo " + done.movedTo() + " --yes");
        System.out.println(REPORTS_FOLLOW);
    }

    private void restore(AppContext app, Match m) {
        Withdrawal.Restored done = app.bean(Withdrawal.class).restore(m);
        System.out.println("Đã đưa trở lại: " + m.storedPath() + " → " + done.movedTo() + " ("
                + vn.kdcl.status.StatusService.statusLabel(done.state().name()) + ").");
        System.out.println(switch (done.state()) {
            case CURRENT -> "Đây lại là hồ sơ đang dùng của trường " + m.schoolCode() + " năm học " + m.schoolYear()
                    + done.replaced().map(r -> "; phiên bản " + r.version() + " (" + r.storedPath() + ") thành bản cũ.")
                            .orElse(".");
            default -> "Trường " + m.schoolCode() + " có hồ sơ mới hơn cho năm học " + m.schoolYear()
                    + ", hồ sơ đó vẫn là hồ sơ đang dùng.";
        });
        System.out.println(REPORTS_FOLLOW);
    }

    private static final String REPORTS_FOLLOW = "Báo cáo được cập nhật ở lần chạy ./kdcl nightly hoặc ./kdcl report tiếp theo.";

    private static String describe(Match m) {
        return m.storedPath() + " (tệp " + m.fileName() + (m.schoolCode() == null ? "" : ", trường " + m.schoolCode())
                + (m.schoolYear() == null ? "" : ", năm học " + m.schoolYear())
                + (m.version() == null ? "" : ", phiên bản " + m.version()) + ", "
                + vn.kdcl.status.StatusService.statusLabel(m.state()) + ")";
    }
}
