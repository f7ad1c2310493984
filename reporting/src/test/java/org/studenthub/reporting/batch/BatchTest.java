package org.studenthub.reporting.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    @TempDir
    Path dir;

    @Test
    void everyItemIsWrittenAndProgressCountsEachOnce() throws Exception {
        List<BatchItem> items = items(12);
        List<Integer> progress = new CopyOnWriteArrayList<>();

        BatchReport report = Batch.start(items, (item, out) -> out.write(content(item)), 3,
                (item, done, total, failure) -> progress.add(done)).await();

        assertThat(report.complete()).isTrue();
        assertThat(report.written()).containsExactlyElementsOf(items);
        assertThat(progress).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 12).boxed().toList());
        for (BatchItem item : items) {
            assertThat(Files.readAllBytes(item.target())).isEqualTo(content(item));
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void oneFailureIsReportedWithItsItemAndTheOthersAreWritten() throws Exception {
        List<BatchItem> items = items(6);
        BatchItem broken = items.get(2);
        Files.writeString(broken.target(), "last year's file");

        BatchReport report = Batch.start(items, (item, out) -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            if (item.equals(broken)) {
                throw new IllegalStateException("evidence file unreadable");
            }
            out.write(content(item));
        }, 2, BatchListener.NONE).await();

        assertThat(report.failed()).singleElement().satisfies(failure -> {
            assertThat(failure.item()).isEqualTo(broken);
            assertThat(failure.error()).hasMessage("evidence file unreadable");
        });
        assertThat(report.written()).hasSize(5).doesNotContain(broken);
        assertThat(Files.readString(broken.target())).isEqualTo("last year's file");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void cancelStartsNothingMoreAndLeavesNoPartialFile() throws Exception {
        List<BatchItem> items = items(20);
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        Batch batch = Batch.start(items, (item, out) -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            firstStarted.countDown();
            release.await(10, TimeUnit.SECONDS);
            out.write(content(item));
        }, 1, BatchListener.NONE);
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        batch.cancel();
        release.countDown();
        BatchReport report = batch.await();

        assertThat(report.written()).containsExactly(items.get(0));
        assertThat(report.cancelled()).containsExactlyElementsOf(items.subList(1, 20));
        assertThat(Files.readAllBytes(items.get(0).target())).endsWith(content(items.get(0)));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("item-00.pdf");
        }
    }

    private List<BatchItem> items(int count) {
        List<BatchItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new BatchItem("S" + i, dir.resolve(String.format("item-%02d.pdf", i))));
        }
        return items;
    }

    private static byte[] content(BatchItem item) {
        return ("content of " + item.key()).getBytes(StandardCharsets.UTF_8);
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }
}
