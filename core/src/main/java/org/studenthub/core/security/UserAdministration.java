package org.studenthub.core.security;

import java.util.List;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * Managing accounts and their grants. College-level operations act only on accounts of the caller's
 * college ({@link CollegeContext#collegeId()}): an account of another college is "not found".
 * {@link Permission#USER_MANAGE} (college-wide) is needed to create, disable, enable, grant, revoke and
 * list; {@link Permission#USER_UNLOCK} (college-wide) to unlock and reset passwords, without seeing
 * anything else. Nobody can grant {@link Role#PLATFORM_ADMIN} in a college.
 *
 * <p>Embedded mode stores Argon2id hashes in {@code app_user} ({@link EmbeddedUserAdministration});
 * PostgreSQL mode gives every person their own database login instead.
 */
public interface UserAdministration {

    /** Creates an account in the caller's college, with no grants yet. */
    UserView create(CollegeContext context, NewUser user);

    /** Creates a platform administrator (no college; role platform_admin at scope PLATFORM). */
    UserView createPlatformAdmin(PlatformContext context, NewUser user);

    /** Creates an administrator (role college_admin, whole college) in college {@code collegeId}. */
    UserView createCollegeAdmin(PlatformContext context, long collegeId, NewUser user);

    /** Stops the account from signing in; its records and grants stay. A caller cannot disable themselves. */
    UserView disable(CollegeContext context, String login);

    UserView enable(CollegeContext context, String login);

    /** Gives the account a role within a scope of the caller's college; granting it twice changes nothing. */
    UserView grant(CollegeContext context, String login, Role role, Scope scope);

    /** Takes the grant away; it is not found when the account does not hold it. */
    UserView revoke(CollegeContext context, String login, Role role, Scope scope);

    /** Lifts a lock after failed sign-ins and resets the failure count. */
    UserView unlock(CollegeContext context, String login);

    /**
     * Sets a new password (and lifts any lock). Resetting an administrator's password (an account holding
     * user.manage or role.manage) also needs {@link Permission#USER_MANAGE}, so IT support cannot take
     * over an administrator's account.
     */
    UserView resetPassword(CollegeContext context, String login, char[] newPassword);

    /** Every account of the caller's college, by login. */
    List<UserView> list(CollegeContext context);
}
