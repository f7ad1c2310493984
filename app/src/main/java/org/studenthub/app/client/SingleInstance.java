package org.studenthub.app.client;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One running client per user: an exclusive lock on a file in the user's data folder, held until the process
 * ends (the operating system releases it even after a crash).
 */
final class SingleInstance {
    private SingleInstance() {}

    /** The lock, or empty when another client of this user already runs. */
    static Optional<FileLock> acquire(Path dataFolder) throws IOException {
        Files.createDirectories(dataFolder);
        FileChannel channel = FileChannel.open(dataFolder.resolve("client.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(lock);
    }
}
