package org.studenthub.app.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.core.transfer.csv.AtomicFiles;

/**
 * What the client remembers between runs for this user: window placement, language, theme and the last
 * connection profile and login. Never a password. Kept as a properties file in the user's data folder, written
 * atomically; a damaged file is logged and ignored (the client starts with defaults).
 */
public final class ClientSettings {
    private static final Logger LOG = LoggerFactory.getLogger(ClientSettings.class);

    private final Path file;
    private final Properties values = new Properties();

    private ClientSettings(Path file) {
        this.file = file;
    }

    public static ClientSettings load(Path file) {
        ClientSettings settings = new ClientSettings(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable client settings {}", file, e);
                settings.values.clear();
            }
        }
        return settings;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key)).filter(v -> !v.isBlank());
    }

    public double number(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    public void put(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    /** Writes the settings; a failure is logged, never shown: losing a window position is no reason to stop. */
    public void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, out -> values.store(out, "StudentHub client settings"));
        } catch (Exception e) {
            LOG.warn("Cannot save client settings {}", file, e);
        }
    }
}
