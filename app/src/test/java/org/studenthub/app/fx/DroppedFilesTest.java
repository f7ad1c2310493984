package org.studenthub.app.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a drop on the Documents tab hands over: regular files once each, in order; folders and missing files apart. */
class DroppedFilesTest {
    @TempDir
    Path folder;

    @Test
    void regularFilesAreKeptInOrderOnceAndFoldersOrMissingFilesAreSetApart() throws Exception {
        Path scan = Files.writeString(folder.resolve("scan.pdf"), "%PDF-1.7");
        Path photo = Files.writeString(folder.resolve("photo.png"), "png");
        Path subfolder = Files.createDirectory(folder.resolve("more"));
        Path gone = folder.resolve("deleted.pdf");

        DroppedFiles dropped = DroppedFiles.of(List.of(photo.toFile(), subfolder.toFile(), scan.toFile(),
                new File(folder.toFile(), "./photo.png"), gone.toFile()));

        assertThat(dropped.files()).containsExactly(photo, scan);
        assertThat(dropped.notFiles()).containsExactly(subfolder, gone);
    }

    @Test
    void nothingDroppedIsNothingToFile() {
        DroppedFiles dropped = DroppedFiles.of(List.of());

        assertThat(dropped.files()).isEmpty();
        assertThat(dropped.notFiles()).isEmpty();
    }
}
