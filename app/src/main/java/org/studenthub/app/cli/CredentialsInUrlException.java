package org.studenthub.app.cli;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code jdbc:postgresql://} URL given on the command line or in {@code STUDENTHUB_DB} that carries a login
 * or a password ({@code user=}, {@code password=}, {@code sslpassword=}, or {@code user:password@} before the
 * host). Command lines are readable by other users of the computer and kept in shell history, so StudentHub
 * refuses such URLs instead of using them: the login comes from {@code --db-user}, the password from
 * {@code STUDENTHUB_DB_PASSWORD} or the prompt.
 */
public final class CredentialsInUrlException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private static final Set<String> CREDENTIAL_PARAMETERS = Set.of("user", "password", "sslpassword");

    private CredentialsInUrlException(String source, String found) {
        super("cli.db.credentials", source, found);
    }

    /**
     * Refuses {@code url} when it carries credentials.
     *
     * @param source where the URL came from, as the user would name it ({@code --db} or {@code STUDENTHUB_DB})
     */
    static void refuseCredentials(String url, String source) {
        credentialIn(url).ifPresent(found -> {
            throw new CredentialsInUrlException(source, found);
        });
    }

    /** The credential {@code url} carries, as the user would spot it in the URL ({@code password=}), if any. */
    static Optional<String> credentialIn(String url) {
        String rest = url.substring(url.indexOf("//") + 2);
        int query = rest.indexOf('?');
        String authority = rest.substring(0, firstOf(rest, '/', '?'));
        if (authority.contains("@")) {
            return Optional.of(authority.substring(0, authority.lastIndexOf('@')).contains(":")
                    ? "user:password@" : "user@");
        }
        if (query < 0) {
            return Optional.empty();
        }
        for (String parameter : rest.substring(query + 1).split("[&;]")) {
            String name = URLDecoder.decode(parameter.split("=", 2)[0], StandardCharsets.UTF_8)
                    .strip().toLowerCase(Locale.ROOT);
            if (CREDENTIAL_PARAMETERS.contains(name)) {
                return Optional.of(name + "=");
            }
        }
        return Optional.empty();
    }

    private static int firstOf(String text, char a, char b) {
        int end = text.length();
        for (char c : new char[] {a, b}) {
            int at = text.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return end;
    }
}
