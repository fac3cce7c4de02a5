package vn.kdcl.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.kdcl.home.FileNames;
import vn.kdcl.text.VietText;

/**
 * Gives inbox files and folders whose names are not UTF-8 the name they were meant to have. A Linux file name is
 * bytes; names written in the Windows Vietnamese code page (a FAT USB stick mounted without utf8, an archive
 * unpacked by an old tool) reach Java with "�" in place of every letter, under which the file cannot be opened or
 * moved again: such a file was reported as missing and stayed in the inbox for good. The raw bytes are still in
 * the path's URI; they are decoded as UTF-8 where they are, else as code page 1258, and the file is renamed in
 * place before the scan. A rename within the inbox changes nothing else: a crash leaves the file in the inbox.
 */
final class InboxNames {

    private static final Logger log = LoggerFactory.getLogger(InboxNames.class);

    /** One rename: the name as Java showed it, and the readable one. */
    record Renamed(Path from, Path to) {
    }

    private InboxNames() {
    }

    /** Renames every undecodable name under the inbox (not hidden folders), deepest first; returns what it did. */
    static List<Renamed> fix(Path inbox) {
        List<Path> undecodable = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        InboxScanner.visit(inbox, (file, attrs) -> {
            if (undecodable(file)) {
                undecodable.add(file);
            }
        }, dir -> {
            if (undecodable(dir)) {
                undecodable.add(dir);
            }
        });
        // children before their folder: a child's path still holds the folder's old name
        undecodable.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        List<Renamed> renamed = new ArrayList<>();
        for (Path p : undecodable) {
            FileNames.Parts name = FileNames.Parts.of(decode(rawName(p)));
            Path target = FileLifecycle.uniqueIn(p.getParent(), FileNames.fit(name.stem(), name.ext()) + name.ext());
            try {
                Files.move(p, target);
                log.info("Renamed {} to {}: its name was not UTF-8", p, target.getFileName());
                renamed.add(new Renamed(p, target));
            } catch (IOException e) {
                log.warn("Cannot rename {} ({}); it stays as it is", p, e.toString());
            }
        }
        return renamed;
    }

    /** True when the name on disk is not UTF-8 (Java shows it with replacement characters). */
    static boolean undecodable(Path p) {
        return p.getFileName().toString().indexOf('\uFFFD') >= 0 && !isUtf8(rawName(p));
    }

    /** The name's bytes on disk, from the path's URI, where every byte outside ASCII stays percent-encoded. */
    static byte[] rawName(Path p) {
        String raw = p.toUri().getRawPath();
        if (raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1); // a folder's URI ends with a slash
        }
        raw = raw.substring(raw.lastIndexOf('/') + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** UTF-8 where it is, else the Windows Vietnamese code page; NFC, without the characters no name may hold. */
    static String decode(byte[] bytes) {
        String name = isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, VietText.WINDOWS_VIETNAMESE);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "_" : name;
    }
}
