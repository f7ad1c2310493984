package org.studenthub.reporting.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import org.studenthub.core.achievement.Level;

/**
 * A horizontal stacked bar chart: one bar per category, a segment per level, drawn as vector graphics into the
 * report's image element. Text is drawn as the outlines of DejaVu Sans glyphs (the font every StudentHub report
 * embeds), so accented labels print the same on every machine.
 *
 * <p>JasperReports 7 keeps its chart component in {@code jasperreports-charts}, which is not published for
 * 7.0.6 (the version whose PDF exporter resolves from Maven Central); this renderer is the small part of it the
 * accreditation report needs.
 */
public final class LevelBarChart extends AbstractRenderer implements Graphics2DRenderable {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final Color[] LEVEL_COLOURS = {new Color(0x9FB9D6), new Color(0x5C8DC0), new Color(0x2E6AA6),
        new Color(0x1F3A5F), new Color(0xD08C2E)};
    private static final Color TEXT = new Color(0x2B3440);
    private static final Color GRID = new Color(0xD5DCE5);
    private static final float LABEL_SIZE = 7.5f;
    private static final double MAX_ROW = 18;
    private static final double CAPTION = 18;
    private static final double LABEL_WIDTH = 160;
    private static final double LEGEND = 22;
    private static final Font FONT = loadFont("DejaVuSans.ttf");
    private static final Font BOLD = loadFont("DejaVuSans-Bold.ttf").deriveFont(LABEL_SIZE + 1.5f);

    private final List<Bar> bars;
    private final Map<Level, String> levelNames;
    private final String emptyText;
    private final String caption;

    /**
     * @param bars       the categories in order, each with its achievements per level
     * @param levelNames the levels as the report's language calls them (the legend)
     * @param emptyText  what the chart says when there is nothing to draw
     * @param caption    the chart's title, drawn above it
     */
    public LevelBarChart(List<Bar> bars, Map<Level, String> levelNames, String emptyText, String caption) {
        this.bars = List.copyOf(bars);
        this.levelNames = Map.copyOf(levelNames);
        this.emptyText = emptyText;
        this.caption = caption;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
        Graphics2D graphics = (Graphics2D) g.create();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.translate(area.getX(), area.getY());
            text(graphics, caption, 0, 10, true);
            graphics.translate(0, CAPTION);
            long max = bars.stream().mapToLong(Bar::total).max().orElse(0);
            if (max == 0) {
                text(graphics, emptyText, LABEL_WIDTH, 12, false);
                return;
            }
            double row = Math.min(MAX_ROW, (area.getHeight() - CAPTION - LEGEND - 14) / bars.size());
            double bar = row * 0.68;
            double plotWidth = area.getWidth() - LABEL_WIDTH - 30;
            long step = niceStep(max);
            long top = ((max + step - 1) / step) * step;
            double scale = plotWidth / top;
            double plotHeight = bars.size() * row;
            grid(graphics, top, step, scale, plotHeight);
            double y = 0;
            for (Bar line : bars) {
                double baseline = y + bar / 2 + LABEL_SIZE * 0.36;
                textRight(graphics, line.label(), LABEL_WIDTH - 6, baseline);
                double x = LABEL_WIDTH;
                for (Level level : Level.values()) {
                    long count = line.counts().getOrDefault(level, 0L);
                    if (count > 0) {
                        graphics.setColor(LEVEL_COLOURS[level.ordinal()]);
                        graphics.fill(new Rectangle2D.Double(x, y, count * scale, bar));
                        x += count * scale;
                    }
                }
                if (line.total() > 0) {
                    text(graphics, Long.toString(line.total()), x + 3, baseline, false);
                }
                y += row;
            }
            legend(graphics, plotHeight + 24);
        } finally {
            graphics.dispose();
        }
    }

    private void grid(Graphics2D g, long top, long step, double scale, double plotHeight) {
        g.setStroke(new BasicStroke(0.5f));
        for (long value = 0; value <= top; value += step) {
            double x = LABEL_WIDTH + value * scale;
            g.setColor(GRID);
            g.draw(new java.awt.geom.Line2D.Double(x, -2, x, plotHeight));
            String label = Long.toString(value);
            text(g, label, x - width(label) / 2, plotHeight + 8, false);
        }
    }

    private void legend(Graphics2D g, double y) {
        double x = LABEL_WIDTH;
        for (Level level : Level.values()) {
            g.setColor(LEVEL_COLOURS[level.ordinal()]);
            g.fill(new Rectangle2D.Double(x, y - 7, 8, 8));
            String name = levelNames.getOrDefault(level, level.name());
            text(g, name, x + 11, y, false);
            x += 11 + width(name) + 14;
        }
    }

    /** The grid step: 1, 2 or 5 times a power of ten, giving at most eight steps. */
    private static long niceStep(long max) {
        for (long magnitude = 1; ; magnitude *= 10) {
            for (long multiple : new long[] {1, 2, 5}) {
                if (max / (multiple * magnitude) <= 8) {
                    return multiple * magnitude;
                }
            }
        }
    }

    private static void textRight(Graphics2D g, String text, double right, double baseline) {
        String shown = text;
        while (width(shown) > LABEL_WIDTH - 10 && shown.length() > 4) {
            shown = shown.substring(0, shown.length() - 2) + "…";
            shown = shown.replace("……", "…");
        }
        text(g, shown, right - width(shown), baseline, false);
    }

    private static void text(Graphics2D g, String text, double x, double baseline, boolean bold) {
        Font font = bold ? BOLD : FONT;
        Shape outline = font.createGlyphVector(renderContext(), text).getOutline((float) x, (float) baseline);
        g.setColor(TEXT);
        g.fill(outline);
    }

    private static double width(String text) {
        return FONT.getStringBounds(text, renderContext()).getWidth();
    }

    private static FontRenderContext renderContext() {
        return new FontRenderContext(new AffineTransform(), true, true);
    }

    private static Font loadFont(String file) {
        try (InputStream in = LevelBarChart.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(LABEL_SIZE);
            }
        } catch (IOException | FontFormatException e) {
            // fall through to the default font: labels may lose rare glyphs, the figures stay right
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(LABEL_SIZE));
    }

    /** One category's bar: its label and its achievements per level. */
    public record Bar(String label, Map<Level, Long> counts) {
        public Bar {
            counts = Map.copyOf(counts);
        }

        long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
