package org.studenthub.app.fx;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What was dropped (or chosen) to be filed: the regular files, each once and in the order given, and what cannot
 * be filed (folders, files that are gone). Reads the file system: call it in the background.
 */
public record DroppedFiles(List<Path> files, List<Path> notFiles) {
    public DroppedFiles {
        files = List.copyOf(files);
        notFiles = List.copyOf(notFiles);
    }

    public static DroppedFiles of(List<File> dropped) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> files = new ArrayList<>();
        List<Path> notFiles = new ArrayList<>();
        for (File file : dropped) {
            Path path = file.toPath().toAbsolutePath().normalize();
            if (!seen.add(path)) {
                continue;
            }
            (Files.isRegularFile(path) ? files : notFiles).add(path);
        }
        return new DroppedFiles(files, notFiles);
    }
}
