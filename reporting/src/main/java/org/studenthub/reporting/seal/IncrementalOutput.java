package org.studenthub.reporting.seal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Receives an incremental save: PDFBox first writes the original document unchanged, then the update. The original
 * bytes are compared, not buffered, and the result is the original followed by the update, built with one copy
 * (a 5 MB portfolio otherwise costs two more 5 MB buffers per seal, and the garbage collector's pauses with them).
 * Should the written prefix ever differ from the original, everything written is kept as is.
 */
final class IncrementalOutput extends OutputStream {
    private final byte[] original;
    private int matched;
    private final ByteArrayOutputStream update = new ByteArrayOutputStream(64 * 1024);
    private ByteArrayOutputStream whole;

    IncrementalOutput(byte[] original) {
        this.original = original;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (whole != null || matched == original.length) {
            (whole != null ? whole : update).write(bytes, offset, length);
            return;
        }
        int compared = Math.min(length, original.length - matched);
        if (Arrays.mismatch(bytes, offset, offset + compared, original, matched, matched + compared) >= 0) {
            whole = new ByteArrayOutputStream(original.length + 64 * 1024);
            whole.write(original, 0, matched);
            whole.write(bytes, offset, length);
            return;
        }
        matched += compared;
        if (compared < length) {
            update.write(bytes, offset + compared, length - compared);
        }
    }

    /** Everything written: the original and the update. */
    byte[] toByteArray() {
        if (whole != null) {
            return whole.toByteArray();
        }
        if (matched < original.length) {
            return Arrays.copyOf(original, matched);
        }
        byte[] result = Arrays.copyOf(original, original.length + update.size());
        byte[] tail = update.toByteArray();
        System.arraycopy(tail, 0, result, original.length, tail.length);
        return result;
    }
}
