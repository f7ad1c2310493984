package org.studenthub.core.security.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.studenthub.core.security.Role;

/**
 * The register of issued portfolios on PostgreSQL: a registrar of college A reads A's issued portfolios and not
 * B's, and nobody changes or deletes an issued portfolio.
 */
class PortfolioRegisterSecurityTest extends OnSecuredPostgres {
    @Test
    void aRegistrarReadsOnlyTheirOwnCollegesIssuedPortfolios() throws SQLException {
        try (Connection registrar = pg.connect(pg.loginsA.get(Role.REGISTRAR))) {
            assertThat(SecuredPostgres.longValue(registrar, "SELECT count(*) FROM issued_portfolio WHERE college_id = "
                    + pg.collegeA)).isEqualTo(1);
            assertThat(SecuredPostgres.longValue(registrar, "SELECT count(*) FROM issued_portfolio WHERE college_id = "
                    + pg.collegeB)).isZero();
            assertThat(SecuredPostgres.longValue(registrar, "SELECT count(*) FROM issued_portfolio_item")).isEqualTo(1);
        }
    }

    @Test
    void anIssuedPortfolioIsNeverChangedOrDeleted() throws SQLException {
        try (Connection registrar = pg.connect(pg.loginsA.get(Role.REGISTRAR));
             Statement s = registrar.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE issued_portfolio SET content_sha256 = repeat('d', 64)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM issued_portfolio_item"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }
}
