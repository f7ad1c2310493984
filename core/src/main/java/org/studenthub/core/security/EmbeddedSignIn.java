package org.studenthub.core.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * {@link SignIn} for embedded mode, against the Argon2id hashes in {@code app_user}. An unknown login
 * costs the same hashing work as a wrong password, and both give the same message. Failures are counted
 * per account and lock it as {@link LockoutPolicy} says; attempts while locked are refused without
 * checking the password and are not counted. A hash made with weaker parameters than today's is
 * replaced at the next successful sign-in.
 */
public final class EmbeddedSignIn implements SignIn {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSignIn.class);

    private final Transactions transactions;
    private final PasswordHasher hasher;
    private final LockoutPolicy lockout;
    private final Clock clock;

    public EmbeddedSignIn(Transactions transactions) {
        this(transactions, new PasswordHasher(), LockoutPolicy.DEFAULT, Clock.systemUTC());
    }

    public EmbeddedSignIn(Transactions transactions, PasswordHasher hasher, LockoutPolicy lockout, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SignedIn signIn(String login, char[] password) {
        StoredAccount account = checkPassword(login, password);
        if (account.status() == UserStatus.DISABLED) {
            LOG.info("Sign-in refused for disabled account {}", account.login());
            throw SignInException.disabled();
        }
        String rehashed = hasher.needsRehash(account.passwordHash()) ? hasher.hash(password) : null;
        Instant now = clock.instant();
        SignedIn signedIn = transactions.jdbcAsPlatform(c -> {
            UserRows.recordSuccess(c, account.id(), now);
            if (rehashed != null) {
                UserRows.rehash(c, account.id(), rehashed);
            }
            List<AccessResolver.GrantedPermission> rows = AccessResolver.load(c, account.id());
            StoredAccount fresh = UserRows.find(c, account.login()).orElseThrow();
            return signedIn(fresh.view(UserRows.grants(c, account.id())), fresh.collegeCode(), rows);
        });
        LOG.info("{} signed in{}", account.login(), rehashed != null ? " (password hash upgraded)" : "");
        return signedIn;
    }

    @Override
    public void changePassword(String login, char[] currentPassword, char[] newPassword) {
        PasswordPolicy.check(newPassword, UserRows.normalise(login));
        UserView user = signIn(login, currentPassword).user();
        String hash = hasher.hash(newPassword);
        transactions.jdbcAsPlatform(c -> {
            UserRows.setPassword(c, user.id(), hash);
            return null;
        });
        LOG.info("{} changed their password", user.login());
    }

    @Override
    public Optional<PlatformContext> firstRun(String actor) {
        boolean empty = transactions.jdbcAsPlatform(UserRows::noAccounts);
        return empty ? Optional.of(PlatformContext.system(actor)) : Optional.empty();
    }

    /** The account, if the password is right; otherwise counts the failure and refuses. */
    private StoredAccount checkPassword(String login, char[] password) {
        Instant now = clock.instant();
        Optional<StoredAccount> found = transactions.jdbcAsPlatform(c -> UserRows.find(c, login));
        if (found.isEmpty() || found.get().passwordHash() == null) {
            hasher.verifyDummy(password);
            throw SignInException.failed();
        }
        StoredAccount account = found.get();
        if (account.lockedAt(now)) {
            hasher.verifyDummy(password);
            throw SignInException.locked(account.lockedUntil(), now);
        }
        if (!hasher.verify(password, account.passwordHash())) {
            Optional<Instant> lockedUntil = recordFailure(account, now);
            LOG.info("Failed sign-in for {}{}", account.login(), lockedUntil.map(t -> ", locked until " + t).orElse(""));
            throw lockedUntil.map(t -> SignInException.locked(t, now)).orElseGet(SignInException::failed);
        }
        return account;
    }

    private Optional<Instant> recordFailure(StoredAccount account, Instant now) {
        return transactions.jdbcAsPlatform(c -> {
            Optional<Instant> until = lockout.lockedUntil(UserRows.recordFailure(c, account.id(), now), now);
            if (until.isPresent()) {
                UserRows.lockUntil(c, account.id(), until.get());
            }
            return until;
        });
    }

    private static SignedIn signedIn(UserView user, String collegeCode, List<AccessResolver.GrantedPermission> rows) {
        PlatformContext platform = new PlatformContext(user.login(), AccessResolver.platformPermissions(rows));
        if (user.collegeId() == null) {
            return new SignedIn(user, null, null, platform);
        }
        Access access = AccessResolver.toAccess(rows, user.studentId(), user.teacherId());
        return new SignedIn(user, collegeCode, new CollegeContext(user.collegeId(), user.login(), access), platform);
    }
}
