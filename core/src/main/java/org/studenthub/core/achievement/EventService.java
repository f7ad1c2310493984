package org.studenthub.core.achievement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.common.Validation;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;

/** Events and activities run by organisers (records.write creates them; every member of the college reads them). */
public final class EventService {
    private final Transactions transactions;

    public EventService(Transactions transactions) {
        this.transactions = transactions;
    }

    public EventView create(CollegeContext context, NewEvent event) {
        CollegeContext.require(context, Permission.RECORDS_WRITE);
        Validation.check(event);
        if (event.endsOn().isBefore(event.startsOn())) {
            throw AchievementService.invalid("endsOn", "achievement.ends_on.before_start", event.startsOn());
        }
        return transactions.jdbcInCollege(context, c -> {
            long organiser = organiser(c, context.collegeId(), event.organiserLogin());
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO activity_event (college_id, name,"
                    + " starts_on, ends_on, organiser_user_id) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
                insert.setLong(1, context.collegeId());
                insert.setString(2, event.name().strip());
                insert.setObject(3, event.startsOn());
                insert.setObject(4, event.endsOn());
                insert.setLong(5, organiser);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    long id = keys.getLong(1);
                    Audit.insertedRows(c, context, "activity_event", new long[] {id});
                    return new EventView(id, event.name().strip(), event.startsOn(), event.endsOn(), organiser, "ACTIVE");
                }
            }
        });
    }

    /** Events starting on or after {@code from}, soonest first (at most {@code limit}). */
    public List<EventView> list(CollegeContext context, LocalDate from, int limit) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.jdbcInCollege(context, c -> {
            List<EventView> events = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id, name, starts_on, ends_on, organiser_user_id,"
                    + " status FROM activity_event WHERE college_id = ? AND starts_on >= ? ORDER BY starts_on, id"
                    + " FETCH FIRST " + Math.max(1, Math.min(limit, 500)) + " ROWS ONLY")) {
                select.setLong(1, context.collegeId());
                select.setObject(2, from);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        events.add(new EventView(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getString(6)));
                    }
                }
            }
            return events;
        });
    }

    /**
     * The organiser's account id. On PostgreSQL accounts are not readable by application roles: the database
     * answers with sh_college_user(), which names only active accounts of the caller's own college.
     */
    private static long organiser(Connection c, long collegeId, String login) throws SQLException {
        boolean embedded = Vendor.fromProductName(c.getMetaData().getDatabaseProductName()) == Vendor.H2;
        String sql = embedded ? "SELECT id FROM app_user WHERE college_id = ? AND login = ? AND status = 'ACTIVE'"
                : "SELECT sh_college_user(?, ?)";
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, collegeId);
            select.setString(2, login.strip().toLowerCase(java.util.Locale.ROOT));
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    return rs.getLong(1);
                }
            }
        }
        throw AchievementService.invalid("organiserLogin", "event.organiser.unknown", login);
    }
}
