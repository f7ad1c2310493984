package org.studenthub.app.cli;

import java.util.Set;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.MissingCollegeContextException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.security.AccessDeniedException;
import org.studenthub.core.security.OutsideCeilingException;
import org.studenthub.core.security.SignInException;
import org.studenthub.reporting.seal.SealException;

/**
 * The documented exit codes of the {@code studenthub} command (see docs/cli.md). Scripts rely on
 * them, so they never change meaning.
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int NOT_FOUND = 3;
    public static final int CONFLICT = 4;
    public static final int INVALID_INPUT = 5;
    public static final int DATABASE_UNAVAILABLE = 6;
    /** Sign-in refused (wrong credentials, locked or disabled account) or a permission is missing. */
    public static final int ACCESS_DENIED = 7;

    /** Seal errors that are not the input's fault; every other seal error is a keystore or certificate refused. */
    private static final Set<String> SEAL_FAILURES = Set.of("seal.sign.failed",
            "seal.keystore.unwritable", "seal.certificate.creation_failed");

    private ExitCodes() {}

    /** The exit code for an error the command did not handle itself. */
    public static int of(Throwable error) {
        if (error instanceof SignInException || error instanceof AccessDeniedException) {
            return ACCESS_DENIED;
        }
        if (error instanceof NotFoundException) {
            return NOT_FOUND;
        }
        if (error instanceof ConflictException) {
            return CONFLICT;
        }
        if (error instanceof ValidationException || error instanceof MissingCollegeContextException
                || error instanceof OutsideCeilingException) {
            return INVALID_INPUT;
        }
        if (error instanceof StudentHubException e && e.messageKey().startsWith("db.connect")) {
            return DATABASE_UNAVAILABLE;
        }
        if (error instanceof InvalidInputException) {
            return INVALID_INPUT;
        }
        if (error instanceof SealException e && !SEAL_FAILURES.contains(e.messageKey())) {
            return INVALID_INPUT;
        }
        return FAILURE;
    }
}
