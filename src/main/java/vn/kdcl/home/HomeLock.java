package vn.kdcl.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One importing process per home at a time: a second {@code kdcl import} or {@code nightly}
 * exits with a clear message instead of racing the first. The OS releases the lock when the
 * process dies, even on kill -9.
 */
public final class HomeLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private HomeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static HomeLock acquire(KdclHome home) {
        Path file = home.root().resolve(".kdcl.lock");
        try {
            Files.createDirectories(home.root());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Một lần chạy kdcl khác đang nhập dữ liệu vào " + home.root()
                        + "; hãy đợi lần đó xong rồi chạy lại (không có gì bị thay đổi).");
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + " " + Instant.now() + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return new HomeLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
