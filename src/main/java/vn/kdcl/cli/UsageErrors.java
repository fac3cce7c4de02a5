package vn.kdcl.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A usage error in the officer's language. picocli words its errors in English; the common ones (a missing
 * or unknown option, an unknown command, an option given twice) are said again in Vietnamese from what the
 * exception knows, and any other keeps picocli's text. Our own checks already throw Vietnamese messages.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    static String describe(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return "thiếu " + names(missing.getMissing()) + ".";
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            boolean option = first.startsWith("-");
            boolean hasCommands = !ex.getCommandLine().getSubcommands().isEmpty();
            return (option ? "không có tùy chọn “" : hasCommands ? "không có lệnh “" : "không hiểu tham số “") + first
                    + "”.";
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException && ex.getArgSpec() != null) {
            return "“" + ex.getValue() + "” không phải giá trị hợp lệ của " + name(ex.getArgSpec()) + ".";
        }
        if (ex instanceof CommandLine.OverwrittenOptionException twice) {
            return name(twice.getOverwritten()) + " được ghi hai lần.";
        }
        return ex.getMessage();
    }

    /**
     * What stopped a command, for "Lỗi: …": the file-system failures an officer can fix (a missing file, no
     * permission, a file where a folder should be, no space left) in Vietnamese, anything else as its message.
     */
    /** The innermost cause: what actually went wrong under Spring's and Batch's wrappers. */
    static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    static String failure(Throwable root) {
        if (root instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            String file = fs.getFile();
            if (fs instanceof java.nio.file.NoSuchFileException) {
                return "không có tệp hoặc thư mục " + file + ".";
            }
            if (fs instanceof java.nio.file.AccessDeniedException) {
                return "không có quyền đọc hoặc ghi " + file + ".";
            }
            if (fs instanceof java.nio.file.NotDirectoryException || "Not a directory".equals(fs.getReason())) {
                return file + ": một phần của đường dẫn là tệp, không phải thư mục.";
            }
            if (fs.getReason() != null && fs.getReason().contains("No space left")) {
                return "đĩa đã đầy khi ghi " + file + ".";
            }
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /** "Có phải ý bạn là: …?" when picocli has close matches for an unknown command or option. */
    static Optional<String> suggestions(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return Optional.of("Có phải ý bạn là: " + String.join(", ", unmatched.getSuggestions()) + "?");
        }
        return Optional.empty();
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(UsageErrors::name).collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return "tùy chọn " + option.longestName() + (option.paramLabel().isEmpty() ? "" : "=" + option.paramLabel());
        }
        return "tham số " + ((PositionalParamSpec) spec).paramLabel();
    }
}
