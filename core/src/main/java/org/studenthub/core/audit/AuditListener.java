package org.studenthub.core.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.studenthub.core.common.StudentHubException;

/**
 * Audits every entity insert, update and delete on the embedded database (PostgreSQL's triggers do it there),
 * in the same transaction, with the payload the triggers would write: columns by name, without the
 * bookkeeping columns. The actor comes from the session property {@link #ACTOR}, set by the transaction.
 */
public final class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {
    /** Session property holding the caller's name (CollegeContext.actor). */
    public static final String ACTOR = "studenthub.audit.actor";

    private static final Set<String> BOOKKEEPING = Set.of("college_id", "created_at", "updated_at", "version");

    /** Registers the listener with a session factory being built. */
    public static Integrator integrator() {
        return new Integrator() {
            @Override
            public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                                  SessionFactoryImplementor sessionFactory) {
                AuditListener listener = new AuditListener();
                EventListenerRegistry registry = sessionFactory.getEventListenerRegistry();
                registry.appendListeners(EventType.POST_INSERT, listener);
                registry.appendListeners(EventType.POST_UPDATE, listener);
                registry.appendListeners(EventType.POST_DELETE, listener);
            }
        };
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Map<String, Object> after = image(event.getPersister(), event.getState());
        write(event.getSession(), event.getPersister(), event.getId(), event.getState(), AuditAction.INSERT,
                AuditJson.inserted(after));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Object[] old = event.getOldState();
        Map<String, Object> before = old == null ? Map.of() : image(event.getPersister(), old);
        AuditJson.updated(before, image(event.getPersister(), event.getState())).ifPresent(changes ->
                write(event.getSession(), event.getPersister(), event.getId(), event.getState(), AuditAction.UPDATE,
                        changes));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        Map<String, Object> before = image(event.getPersister(), event.getDeletedState());
        write(event.getSession(), event.getPersister(), event.getId(), event.getDeletedState(), AuditAction.DELETE,
                AuditJson.deleted(before));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** Column name to value for the audited properties of an entity state. */
    private static Map<String, Object> image(EntityPersister persister, Object[] state) {
        Map<String, Object> values = new LinkedHashMap<>();
        String[] properties = persister.getPropertyNames();
        for (int i = 0; i < properties.length; i++) {
            String column = column(persister, properties[i]);
            if (column != null && !BOOKKEEPING.contains(column)) {
                values.put(column, state[i]);
            }
        }
        return values;
    }

    private static String column(EntityPersister persister, String property) {
        String[] columns = persister.getPropertyColumnNames(property);
        return columns.length == 1 ? columns[0].toLowerCase(java.util.Locale.ROOT) : null;
    }

    private static void write(SharedSessionContractImplementor session, EntityPersister persister, Object id,
                              Object[] state, AuditAction action, String changes) {
        long rowId = ((Number) id).longValue();
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try {
            new EmbeddedChain(connection, collegeOf(persister, rowId, state), actorOf(session))
                    .append(List.of(new AuditEntry(persister.getTableName(), rowId, action, changes)));
        } catch (SQLException e) {
            throw new StudentHubException("audit.write.failed", e, persister.getTableName(), rowId);
        }
    }

    /** The row's college: its college_id, or its own id for a college. */
    private static long collegeOf(EntityPersister persister, long rowId, Object[] state) {
        String[] properties = persister.getPropertyNames();
        for (int i = 0; i < properties.length; i++) {
            if ("college_id".equals(column(persister, properties[i]))) {
                return ((Number) state[i]).longValue();
            }
        }
        return rowId;
    }

    private static String actorOf(SharedSessionContractImplementor session) {
        Object actor = session instanceof Session s ? s.getProperties().get(ACTOR) : null;
        return actor == null ? "unknown" : actor.toString();
    }
}
