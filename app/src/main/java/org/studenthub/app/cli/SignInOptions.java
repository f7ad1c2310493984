package org.studenthub.app.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.db.PostgresServerSetup;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.SignedIn;
import org.studenthub.core.security.postgres.PostgresPrincipal;
import org.studenthub.core.security.postgres.PostgresSignIn;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;
import picocli.CommandLine.Option;

/**
 * Who is acting. On the embedded database: {@code --user LOGIN} (or {@code STUDENTHUB_USER}, or a prompt) and
 * the password, asked for without echo or taken from {@code STUDENTHUB_PASSWORD} for scripts. On PostgreSQL
 * the database login ({@code --db-user}) is the person, already signed in by the server; the database says
 * who it is and what it may do. Every records command signs in; the account's college is the college the
 * command works in. Passwords are wiped after use and never logged.
 */
final class SignInOptions {
    static final String ENV_USER = "STUDENTHUB_USER";
    static final String ENV_PASSWORD = "STUDENTHUB_PASSWORD";

    @Option(names = {"-u", "--user"}, paramLabel = "LOGIN",
            description = "Your StudentHub login (env STUDENTHUB_USER). The password is asked for without echo,"
                    + " or read from STUDENTHUB_PASSWORD.")
    String user;

    /** Signs in; fails with one clear line when no login or password can be had. */
    SignedIn signIn(AppServices services, CliRuntime runtime) {
        Credentials credentials = credentials(runtime);
        try {
            return services.signIn().signIn(credentials.login(), credentials.password());
        } finally {
            credentials.wipe();
        }
    }

    /** Signs in and returns the context of the account's college (platform administrators have none). */
    CollegeContext college(AppServices services, CliRuntime runtime) {
        if (onServer(services)) {
            PostgresPrincipal principal = PostgresSignIn.whoAmI(services.database().dataSource());
            return principal.collegeContext()
                    .orElseThrow(() -> new InvalidInputException("cli.signin.no_college", principal.login()));
        }
        SignedIn signedIn = signIn(services, runtime);
        return signedIn.collegeContext()
                .orElseThrow(() -> new InvalidInputException("cli.signin.no_college", signedIn.login()));
    }

    /**
     * Signs in once and says who is acting: in their college, or, for a platform administrator (who has
     * none), on the platform only.
     */
    Actor actor(AppServices services, CliRuntime runtime) {
        if (onServer(services)) {
            PostgresPrincipal principal = PostgresSignIn.whoAmI(services.database().dataSource());
            return new Actor(principal.collegeContext(), platformOf(principal));
        }
        SignedIn signedIn = signIn(services, runtime);
        return new Actor(signedIn.collegeContext(), signedIn.platform());
    }

    /**
     * The context for platform work: a signed-in platform administrator, or, on a database without any
     * account yet and when no login was given, the person setting it up (first run).
     */
    PlatformContext platform(AppServices services, CliRuntime runtime, String setupActor) {
        if (onServer(services)) {
            return platformOf(PostgresSignIn.whoAmI(services.database().dataSource()));
        }
        if (givenLogin(runtime).isEmpty()) {
            Optional<PlatformContext> firstRun = services.signIn().firstRun(setupActor);
            if (firstRun.isPresent()) {
                return firstRun.get();
            }
        }
        return signIn(services, runtime).platform();
    }

    /**
     * {@link #platform}, except that on PostgreSQL the installation administrator (a superuser, with no
     * StudentHub account) acts for the platform itself: what the demo needs to create database logins.
     */
    PlatformContext installationOrPlatform(AppServices services, CliRuntime runtime, String setupActor) {
        if (onServer(services) && PostgresServerSetup.isInstallationAdministrator(services.database().dataSource())) {
            return PlatformContext.system(services.database().location().user());
        }
        return platform(services, runtime, setupActor);
    }

    /** The login and current password, for commands that pass them on (changing one's own password). */
    Credentials credentials(CliRuntime runtime) {
        String login = givenLogin(runtime).or(() -> prompt("cli.signin.login.prompt"))
                .orElseThrow(() -> new InvalidInputException("cli.signin.user_missing"));
        return new Credentials(login, password(runtime, login));
    }

    private static PlatformContext platformOf(PostgresPrincipal principal) {
        return new PlatformContext(principal.login(), principal.platformAdministrator()
                ? Set.of(Permission.COLLEGE_MANAGE) : Set.of());
    }

    /** PostgreSQL mode: the server signed the person in; there is no first run (server init made the first account). */
    private static boolean onServer(AppServices services) {
        return services.database().vendor() == Vendor.POSTGRESQL;
    }

    private Optional<String> givenLogin(CliRuntime runtime) {
        String login = user != null ? user : runtime.env(ENV_USER);
        return login == null || login.isBlank() ? Optional.empty() : Optional.of(login.strip());
    }

    private static char[] password(CliRuntime runtime, String login) {
        String fromEnv = runtime.env(ENV_PASSWORD);
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        char[] typed = console == null ? null : console.readPassword("%s", I18n.tr("cli.signin.password.prompt", login));
        if (typed == null) {
            throw new InvalidInputException("cli.signin.password_missing", login);
        }
        return typed;
    }

    private static Optional<String> prompt(String key) {
        Console console = System.console();
        String line = console == null ? null : console.readLine("%s", I18n.tr(key));
        return line == null || line.isBlank() ? Optional.empty() : Optional.of(line.strip());
    }

    /** Who is acting: their college's context (none for a platform administrator) and their platform context. */
    record Actor(Optional<CollegeContext> college, PlatformContext platform) {}

    /** A login and its password; {@link #wipe()} when done. */
    record Credentials(String login, char[] password) {
        void wipe() {
            Arrays.fill(password, '\0');
        }

        @Override
        public String toString() {
            return "Credentials[" + login + "]";
        }
    }
}
