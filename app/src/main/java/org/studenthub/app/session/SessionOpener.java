package org.studenthub.app.session;

import java.util.Arrays;
import org.studenthub.app.AppServices;
import org.studenthub.core.college.CollegeView;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.PostgresRoles;
import org.studenthub.core.security.SignedIn;
import org.studenthub.core.security.postgres.PostgresPrincipal;
import org.studenthub.core.security.postgres.PostgresSignIn;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Opens sessions. On this computer only, the embedded database is opened (and brought up to date) once per
 * process, ideally by {@link #warmUp} while the sign-in window shows, and each sign-in checks the password
 * against the account. On a college server, connecting with the person's own PostgreSQL login is the sign-in;
 * the database then says who they are and what they may do.
 */
public final class SessionOpener implements AutoCloseable {
    private Database embedded;
    private ConnectionProfile embeddedProfile;
    private AppServices embeddedServices;

    /** Opens the embedded database of {@code profile} ahead of sign-in; does nothing for a server profile. */
    public synchronized void warmUp(ConnectionProfile profile) {
        if (profile.embedded()) {
            embeddedServices(profile).database().transactions();
        }
    }

    /** Whether the embedded database of {@code profile} has no account yet (a first run). */
    public synchronized boolean hasNoAccounts(ConnectionProfile profile) {
        return profile.embedded() && embeddedServices(profile).signIn().firstRun("setup").isPresent();
    }

    /** The services of an embedded profile, opened if needed (first run: demo data). */
    public synchronized AppServices embeddedServices(ConnectionProfile profile) {
        if (embedded != null && !profile.equals(embeddedProfile)) {
            embedded.close();
            embedded = null;
        }
        if (embedded == null) {
            embedded = Database.open(profile.location(null, new char[0]));
            embeddedProfile = profile;
            embeddedServices = new AppServices(embedded);
        }
        return embeddedServices;
    }

    /**
     * Signs {@code login} in; the password array is wiped afterwards.
     *
     * @throws StudentHubException with a message key the sign-in window shows (wrong password, locked, server
     *     unreachable, schema out of date, an account without a college)
     */
    public Session signIn(ConnectionProfile profile, String login, char[] password) {
        try {
            return profile.embedded() ? signInEmbedded(profile, login, password) : signInToServer(profile, login, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private Session signInEmbedded(ConnectionProfile profile, String login, char[] password) {
        AppServices services = embeddedServices(profile);
        SignedIn signedIn = services.signIn().signIn(login, password);
        CollegeContext college = signedIn.collegeContext()
                .orElseThrow(() -> new StudentHubException("client.signin.no_college", login));
        CollegeView view = services.colleges().getByCode(signedIn.collegeCode());
        return new Session(services, college, login, signedIn.user().displayName(), view.name(), profile);
    }

    /**
     * A person types their StudentHub login ({@code mrossi}); their database login carries the installation's
     * prefix ({@code mrossi@studenthub}), by default derived from the database name. A login typed with its
     * {@code @prefix} (an installation with another prefix) is used as typed.
     */
    private Session signInToServer(ConnectionProfile profile, String login, char[] password) {
        String databaseLogin = PostgresRoles.forDatabase(profile.database()).login(login);
        Database database = Database.connect(profile.location(databaseLogin, password));
        try {
            if (database.migrator().hasPending()) {
                throw new StudentHubException("db.schema.pending", profile.describe());
            }
            PostgresPrincipal principal = PostgresSignIn.whoAmI(database.dataSource());
            CollegeContext college = principal.collegeContext()
                    .orElseThrow(() -> new StudentHubException("client.signin.no_college", login));
            AppServices services = new AppServices(database);
            String collegeName = services.colleges().list().stream().filter(c -> c.id() == college.collegeId())
                    .map(CollegeView::name).findFirst().orElse("");
            return new Session(services, college, login, principal.displayName(), collegeName, profile);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
