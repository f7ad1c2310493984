package org.studenthub.app.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The text colours the client's screens use pass WCAG 2.1 AA (contrast at least 4.5:1) on the backgrounds they are
 * drawn on, in the light and the dark theme: body and muted text on the page, on cards and the sidebar, the selected
 * sidebar entry, field problems and warnings.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastTest {
    private static final double AA_TEXT = 4.5;
    /** Text colour, background colour: the pairs client.css and the theme put together. */
    private static final String[][] PAIRS = {
        {"-color-fg-default", "-color-bg-default"},
        {"-color-fg-default", "-color-bg-subtle"},
        {"-color-fg-muted", "-color-bg-default"},
        {"-color-fg-muted", "-color-bg-subtle"},
        {"-color-accent-fg", "-color-accent-subtle"},
        {"-color-accent-fg", "-color-bg-default"},
        {"-color-danger-fg", "-color-bg-default"},
        {"-color-fg-default", "-color-warning-subtle"},
    };

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void lightAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Theme.LIGHT.apply()).get();
    }

    @Test
    void theLightThemesTextPassesAa() throws Exception {
        assertThat(failures(Theme.LIGHT)).isEmpty();
    }

    @Test
    void theDarkThemesTextPassesAa() throws Exception {
        assertThat(failures(Theme.DARK)).isEmpty();
    }

    private List<String> failures(Theme theme) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            theme.apply();
            List<String> failed = new ArrayList<>();
            for (String[] pair : PAIRS) {
                double ratio = contrast(resolve(pair[0], pair[1]));
                if (ratio < AA_TEXT) {
                    failed.add(String.format("%s on %s: %.2f:1", pair[0], pair[1], ratio));
                }
            }
            assertThat(Application.getUserAgentStylesheet()).contains(theme == Theme.DARK ? "dark" : "light");
            return failed;
        }).get();
    }

    /**
     * The two colours as the theme resolves them, read from a label drawn on a region; a translucent background
     * (the "subtle" colours) is blended over the page background, as it is drawn.
     */
    private Color[] resolve(String text, String background) {
        Label label = new Label("Aa");
        label.setStyle("-fx-text-fill: " + text + ";");
        Region region = new StackPane(label);
        region.setStyle("-fx-background-color: " + background + ";");
        Region page = new StackPane(region);
        page.setStyle("-fx-background-color: -color-bg-default;");
        stage.setScene(new Scene(page, 100, 40));
        page.applyCss();
        region.applyCss();
        label.applyCss();
        Color under = (Color) page.getBackground().getFills().get(0).getFill();
        Color fill = blend((Color) region.getBackground().getFills().get(0).getFill(), under);
        return new Color[] {(Color) label.getTextFill(), fill};
    }

    /** WCAG 2.1 contrast ratio of text over an opaque background (a translucent text is blended first). */
    static double contrast(Color[] colours) {
        Color text = blend(colours[0], colours[1]);
        double a = luminance(text);
        double b = luminance(colours[1]);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static Color blend(Color over, Color under) {
        double alpha = over.getOpacity();
        return Color.color(over.getRed() * alpha + under.getRed() * (1 - alpha),
                over.getGreen() * alpha + under.getGreen() * (1 - alpha),
                over.getBlue() * alpha + under.getBlue() * (1 - alpha));
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double value) {
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
