package org.studenthub.app.preview;

/**
 * A file the preview can show: what it is called and how to read its bytes (called in the background). The
 * {@code key} names the file for the preview's cache of prefetched files, e.g. {@code "evidence:42"}.
 *
 * @param sizeBytes the file's size, shown beside its name
 */
public record PreviewFile(String key, String title, String fileName, String mediaType, long sizeBytes,
        Contents contents) {

    /** Reads the file's bytes; may go to the database, so it is only called in the background. */
    @FunctionalInterface
    public interface Contents {
        byte[] read() throws Exception;
    }
}
