package org.studenthub.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Per-user folders of the operating system: where the embedded database and the logs live.
 * {@code STUDENTHUB_HOME} overrides both (data in it, logs in its {@code logs} subfolder).
 */
public record AppDirectories(Path data, Path logs) {

    public static AppDirectories forCurrentUser() {
        return resolve(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    static AppDirectories resolve(String osName, String userHome, Map<String, String> env) {
        Path home = Path.of(userHome);
        String override = env.get("STUDENTHUB_HOME");
        if (override != null && !override.isBlank()) {
            Path base = Path.of(override);
            return new AppDirectories(base, base.resolve("logs"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.getOrDefault("LOCALAPPDATA", home.resolve("AppData").resolve("Local").toString());
            Path base = Path.of(local, "StudentHub");
            return new AppDirectories(base.resolve("data"), base.resolve("logs"));
        }
        if (os.contains("mac")) {
            return new AppDirectories(home.resolve("Library/Application Support/StudentHub"),
                    home.resolve("Library/Logs/StudentHub"));
        }
        Path data = xdg(env, "XDG_DATA_HOME", home.resolve(".local/share")).resolve("studenthub");
        Path state = xdg(env, "XDG_STATE_HOME", home.resolve(".local/state")).resolve("studenthub");
        return new AppDirectories(data, state.resolve("logs"));
    }

    private static Path xdg(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
