package org.studenthub.core.security;

import java.util.Objects;
import java.util.Optional;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * A successful sign-in: the account and the contexts to act with. A college user gets a
 * {@link CollegeContext} whose {@link Access} was resolved at this sign-in (so changes to grants or to
 * the college's role matrix apply from the next sign-in); a platform administrator has no college and
 * acts through {@link #platform()}.
 *
 * @param collegeCode the code of the user's college, or null for a platform administrator
 * @param context     the ready college context, or null for a platform administrator
 * @param platform    platform-level permissions (none for college users)
 */
public record SignedIn(UserView user, String collegeCode, CollegeContext context, PlatformContext platform) {
    public SignedIn {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(platform, "platform");
    }

    public Optional<CollegeContext> collegeContext() {
        return Optional.ofNullable(context);
    }

    public String login() {
        return user.login();
    }
}
