package org.studenthub.core.college;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Validation;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.RoleService;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * Creates and finds colleges (the tenants). Platform-level: not restricted to one college. A new college
 * gets its own role-permission matrix, copied from the permissions each role holds by default.
 */
public final class CollegeService {
    private final Transactions transactions;

    public CollegeService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Creates a college with its default role-permission matrix. Needs {@link Permission#COLLEGE_MANAGE}. */
    public CollegeView create(PlatformContext context, NewCollege command) {
        context.require(Permission.COLLEGE_MANAGE);
        Validation.check(command);
        try {
            ZoneId.of(command.timeZone());
        } catch (DateTimeException e) {
            throw new ValidationException(List.of(new ValidationException.FieldProblem("timeZone",
                    org.studenthub.core.common.Messages.get("college.timezone.unknown", command.timeZone()))));
        }
        return transactions.asPlatform(session -> {
            if (findByCode(session, command.code()).isPresent()) {
                throw new ConflictException("college.code.taken", command.code());
            }
            if (PostgresPeople.isPerson(session)) {
                return createThroughDatabase(session, command);
            }
            College college = new College(command.code().toUpperCase(Locale.ROOT), command.name().strip(),
                    command.defaultLocale(), command.timeZone(), command.creditSystem());
            session.persist(college);
            session.flush();
            CollegeView view = college.toView();
            session.doWork(connection -> RoleService.seedDefaults(connection, view.id(), context.actor()));
            return view;
        });
    }

    /**
     * A person signed in to PostgreSQL (a platform administrator) cannot insert colleges directly: the
     * database creates the college and its default matrix in sh_create_college, after checking them.
     */
    private static CollegeView createThroughDatabase(org.hibernate.Session session, NewCollege command) {
        Long id = session.createNativeQuery("SELECT sh_create_college(:code, :name, :locale, :zone, :credit)", Long.class)
                .setParameter("code", command.code().toUpperCase(Locale.ROOT))
                .setParameter("name", command.name().strip())
                .setParameter("locale", command.defaultLocale())
                .setParameter("zone", command.timeZone())
                .setParameter("credit", command.creditSystem().name())
                .getSingleResult();
        return session.find(College.class, id).toView();
    }

    public List<CollegeView> list() {
        return transactions.asPlatform(session -> session
                .createSelectionQuery("from College order by code", College.class)
                .getResultList().stream().map(College::toView).toList());
    }

    public Optional<CollegeView> findByCode(String code) {
        return transactions.asPlatform(session -> findByCode(session, code).map(College::toView));
    }

    public CollegeView getByCode(String code) {
        return findByCode(code).orElseThrow(() -> new NotFoundException("college", code));
    }

    private static Optional<College> findByCode(org.hibernate.Session session, String code) {
        return session.createSelectionQuery("from College where code = :code", College.class)
                .setParameter("code", code.toUpperCase(Locale.ROOT))
                .uniqueResultOptional();
    }
}
