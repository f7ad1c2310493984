package org.studenthub.app.fx;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;

/** The client's look: light or dark (AtlantaFX Primer), or whichever the operating system prefers. */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    /** Applies the theme to every window of the application. */
    public void apply() {
        boolean dark = this == DARK || (this == SYSTEM && SystemPreference.prefersDark());
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public boolean dark() {
        return this == DARK || (this == SYSTEM && SystemPreference.prefersDark());
    }

    public static Theme parse(String name) {
        try {
            return name == null ? SYSTEM : valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return SYSTEM;
        }
    }

    /** Asks the desktop once whether it prefers dark windows; anything unclear means light. */
    static final class SystemPreference {
        private static volatile Boolean dark;

        private SystemPreference() {}

        static boolean prefersDark() {
            if (dark == null) {
                dark = ask();
            }
            return dark;
        }

        private static boolean ask() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String gtk = System.getenv("GTK_THEME");
            if (gtk != null) {
                return gtk.toLowerCase(Locale.ROOT).contains("dark");
            }
            if (os.contains("win")) {
                return output("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                        "/v", "AppsUseLightTheme").contains("0x0");
            }
            if (os.contains("mac")) {
                return output("defaults", "read", "-g", "AppleInterfaceStyle").toLowerCase(Locale.ROOT).contains("dark");
            }
            return output("gsettings", "get", "org.gnome.desktop.interface", "color-scheme").contains("dark");
        }

        private static String output(String... command) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                try (InputStream in = process.getInputStream()) {
                    if (!process.waitFor(2, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                        return "";
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
    }
}
