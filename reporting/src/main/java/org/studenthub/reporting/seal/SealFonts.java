package org.studenthub.reporting.seal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans (regular and bold) for the seal block, from the jasperreports-fonts jar so that every operating
 * system seals with the same font. Parsing a 700 KB TrueType file costs more than the signature itself, so each
 * thread parses each font once and reuses it (a parsed font is read lazily and is not safe to share between
 * threads); every sealed document embeds only the subset of glyphs it uses.
 */
final class SealFonts {
    private static final String REGULAR = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static final ThreadLocal<TrueTypeFont> REGULAR_FONT = ThreadLocal.withInitial(() -> parse(REGULAR));
    private static final ThreadLocal<TrueTypeFont> BOLD_FONT = ThreadLocal.withInitial(() -> parse(BOLD));

    private SealFonts() {}

    static PDFont regular(PDDocument document) throws IOException {
        return PDType0Font.load(document, REGULAR_FONT.get(), true);
    }

    static PDFont bold(PDDocument document) throws IOException {
        return PDType0Font.load(document, BOLD_FONT.get(), true);
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream in = SealFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font resource missing: " + resource);
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
