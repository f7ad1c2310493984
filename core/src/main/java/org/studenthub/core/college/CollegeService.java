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

/** Creates and finds colleges (the tenants). Platform-level: not restricted to one college. */
public final class CollegeService {
    private final Transactions transactions;

    public CollegeService(Transactions transactions) {
        this.transactions = transactions;
    }

    public CollegeView create(NewCollege command) {
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
            College college = new College(command.code().toUpperCase(Locale.ROOT), command.name().strip(),
                    command.defaultLocale(), command.timeZone(), command.creditSystem());
            session.persist(college);
            session.flush();
            return college.toView();
        });
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
