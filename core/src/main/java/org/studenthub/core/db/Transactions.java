package org.studenthub.core.db;

import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
import org.hibernate.Transaction;
import org.hibernate.exception.ConstraintViolationException;
import org.studenthub.core.audit.AuditListener;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.MissingCollegeContextException;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.CollegeTenantResolver;

/**
 * One transaction per service call, always for one college. Translates the persistence
 * layer's exceptions into StudentHub's own at this edge: stale versions become
 * {@link ConflictException}s naming the record, unique-key violations become conflicts keyed by
 * the constraint name.
 */
public final class Transactions {
    /** Who platform-level work is audited as. */
    static final String PLATFORM_ACTOR = "platform";

    private final SessionFactory sessionFactory;

    public Transactions(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /** Runs {@code work} in one transaction whose every query is restricted to the caller's college. */
    public <T> T inCollege(CollegeContext context, Function<Session, T> work) {
        if (context == null) {
            throw new MissingCollegeContextException();
        }
        return run(context.collegeId(), context.actor(), work);
    }

    /** Runs platform-level work (the college table itself), not restricted to one college. */
    public <T> T asPlatform(Function<Session, T> work) {
        return run(CollegeTenantResolver.PLATFORM, PLATFORM_ACTOR, work);
    }

    /** Runs bulk JDBC work for one college in a single transaction (for imports and generators). */
    public <T> T jdbcInCollege(CollegeContext context, JdbcWork<T> work) {
        return inCollege(context, session -> session.doReturningWork(connection -> runJdbc(work, connection)));
    }

    /** Runs platform-level JDBC work (accounts, the role catalogue) in a single transaction. */
    public <T> T jdbcAsPlatform(JdbcWork<T> work) {
        return asPlatform(session -> session.doReturningWork(connection -> runJdbc(work, connection)));
    }

    private static <T> T runJdbc(JdbcWork<T> work, Connection connection) throws SQLException {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StudentHubException("error.unexpected", e, e.getClass().getSimpleName());
        }
    }

    private <T> T run(Long tenant, String actor, Function<Session, T> work) {
        Session session = sessionFactory.withOptions().tenantIdentifier(tenant).openSession();
        session.setProperty(AuditListener.ACTOR, actor);
        Transaction tx = session.beginTransaction();
        try {
            T result = work.apply(session);
            session.flush();
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            rollbackQuietly(tx, e);
            throw translate(e);
        } finally {
            session.close();
        }
    }

    private static void rollbackQuietly(Transaction tx, RuntimeException cause) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof StudentHubException) {
            return e;
        }
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof StaleObjectStateException stale) {
                String entity = stale.getEntityName();
                return ConflictException.staleRecord(entity.substring(entity.lastIndexOf('.') + 1),
                        stale.getIdentifier(), e);
            }
            if (cause instanceof StaleStateException || cause instanceof OptimisticLockException) {
                return ConflictException.staleRecord("record", "?", e);
            }
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                return new ConflictException("constraint." + ConstraintNames.normalise(violation.getConstraintName()), e);
            }
            cause = cause.getCause();
        }
        return e;
    }

    /** JDBC work that may throw SQLException. */
    @FunctionalInterface
    public interface JdbcWork<T> {
        T run(Connection connection) throws Exception;
    }
}
