package org.studenthub.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DemoPipelineTest {
    @Test
    void eachStepTakesTheChunksInOrderAndEveryResultReachesTheCaller() {
        List<Integer> first = Collections.synchronizedList(new ArrayList<>());
        List<Integer> second = Collections.synchronizedList(new ArrayList<>());
        AtomicLong total = new AtomicLong();
        try (DemoPipeline<Long> pipeline = new DemoPipeline<>(List.of("first", "second"), 2, total::addAndGet)) {
            for (int chunk = 0; chunk < 20; chunk++) {
                pipeline.submit(List.of(record(first, chunk, 1L), record(second, chunk, 100L)));
            }
            pipeline.finish();
        }

        assertThat(first).containsExactlyElementsOf(range(20));
        assertThat(second).containsExactlyElementsOf(range(20));
        assertThat(total).hasValue(20 * 101L);
    }

    @Test
    void onTheCallerThreadEachChunksStepsRunWhenSubmittedInOrder() {
        List<String> ran = new ArrayList<>();
        AtomicLong total = new AtomicLong();
        try (DemoPipeline<Long> pipeline = DemoPipeline.onCallerThread(2, total::addAndGet)) {
            pipeline.submit(List.of(() -> ran.add("a0") ? 1L : 0L, () -> ran.add("b0") ? 10L : 0L));
            assertThat(ran).containsExactly("a0", "b0");
            pipeline.submit(List.of(() -> ran.add("a1") ? 1L : 0L, () -> {
                throw new IllegalStateException("disk full");
            }));
        } catch (IllegalStateException e) {
            assertThat(e).hasMessage("disk full");
        }

        assertThat(ran).containsExactly("a0", "b0", "a1");
        assertThat(total).hasValue(12L);
    }

    @Test
    void aFailedStepIsRethrownToTheCaller() {
        try (DemoPipeline<Long> pipeline = new DemoPipeline<>(List.of("only"), 1, result -> { })) {
            pipeline.submit(List.of(() -> {
                throw new IllegalStateException("disk full");
            }));

            assertThatThrownBy(pipeline::finish).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        }
    }

    @Test
    void closingWaitsForTheRunningStepAndCancelsTheOnesNotStarted() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean firstFinished = new AtomicBoolean();
        AtomicBoolean secondStarted = new AtomicBoolean();
        try (DemoPipeline<Long> pipeline = new DemoPipeline<>(List.of("only"), 2, result -> { })) {
            pipeline.submit(List.of(() -> {
                running.countDown();
                Thread.sleep(300);
                firstFinished.set(true);
                return 0L;
            }));
            pipeline.submit(List.of(() -> {
                secondStarted.set(true);
                return 0L;
            }));
            running.await();
        }

        assertThat(firstFinished).isTrue();
        assertThat(secondStarted).isFalse();
    }

    private static Callable<Long> record(List<Integer> seen, int chunk, long result) {
        return () -> {
            seen.add(chunk);
            return result;
        };
    }

    private static List<Integer> range(int size) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            result.add(i);
        }
        return result;
    }
}
