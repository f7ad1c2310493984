package org.studenthub.core.security;

import java.util.Optional;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * Signing in and changing one's own password. Embedded mode checks Argon2id hashes and locks accounts
 * after repeated failures ({@link EmbeddedSignIn}); PostgreSQL mode signs in as the person's own database
 * login. The caller wipes the password arrays afterwards.
 */
public interface SignIn {

    /**
     * Checks the credentials and resolves what the user may do.
     *
     * @throws SignInException the same {@link SignInException#failed()} for an unknown login and a wrong
     *                         password; {@link SignInException#locked} with the time the lock lifts;
     *                         {@link SignInException#disabled()} for a disabled account
     */
    SignedIn signIn(String login, char[] password);

    /** Changes the user's own password after checking the current one like a sign-in does. */
    void changePassword(String login, char[] currentPassword, char[] newPassword);

    /**
     * On a database without any account yet (a fresh embedded database), a platform context that lets the
     * person setting it up create the first college with its administrator, or a platform administrator.
     * Empty as soon as one account exists.
     */
    Optional<PlatformContext> firstRun(String actor);
}
