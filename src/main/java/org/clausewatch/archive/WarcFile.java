package org.clausewatch.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One WARC file open for appending. Every append is forced to disk before it returns, so a record that a caller
 * was told about survives a crash; a file is only ever written by the instance that created it, so nothing is
 * appended after a tail torn by an earlier process.
 */
final class WarcFile implements AutoCloseable {
    private final String name;
    private final FileChannel channel;
    private long size;

    private WarcFile(String name, FileChannel channel) {
        this.name = name;
        this.channel = channel;
    }

    /** Creates the file, failing with {@link FileAlreadyExistsException} when the name is taken. */
    static WarcFile create(Path directory, String name) throws IOException {
        FileChannel channel =
                FileChannel.open(directory.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        forceDirectory(directory);
        return new WarcFile(name, channel);
    }

    String name() {
        return name;
    }

    long size() {
        return size;
    }

    /** Appends the members back to back and returns the offset of the first. */
    long append(byte[]... members) throws IOException {
        long start = size;
        for (byte[] member : members) {
            ByteBuffer buffer = ByteBuffer.wrap(member);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
        channel.force(true);
        for (byte[] member : members) {
            size += member.length;
        }
        return start;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** The new file's directory entry must be durable too, or a crash could lose a whole file of records. */
    private static void forceDirectory(Path directory) throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
