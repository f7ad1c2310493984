package org.studenthub.reporting.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IncrementalOutputTest {
    private static final byte[] ORIGINAL = "%PDF-1.7 original body %%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void originalFollowedByTheUpdateIsKeptWhateverTheChunks() {
        IncrementalOutput out = new IncrementalOutput(ORIGINAL);
        out.write(ORIGINAL, 0, 5);
        out.write(ORIGINAL[5]);
        byte[] rest = (new String(ORIGINAL, 6, ORIGINAL.length - 6, StandardCharsets.US_ASCII) + "update %%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        out.write(rest, 0, rest.length);

        assertThat(new String(out.toByteArray(), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-1.7 original body %%EOF\nupdate %%EOF\n");
    }

    @Test
    void aPrefixThatDiffersFromTheOriginalIsKeptAsWritten() {
        IncrementalOutput out = new IncrementalOutput(ORIGINAL);
        byte[] other = "%PDF-1.7 rewritten body %%EOF\n".getBytes(StandardCharsets.US_ASCII);
        out.write(other, 0, 10);
        out.write(other, 10, other.length - 10);

        assertThat(out.toByteArray()).isEqualTo(other);
    }
}
