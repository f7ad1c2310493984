package org.studenthub.core.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.portfolio.BrandingService;
import org.studenthub.core.portfolio.CollegeBranding;
import org.studenthub.core.portfolio.IssuedPortfolio;
import org.studenthub.core.portfolio.IssuedPortfolios;
import org.studenthub.core.portfolio.PortfolioContent;
import org.studenthub.core.portfolio.PortfolioSource;
import org.studenthub.core.portfolio.PortfolioStatus;
import org.studenthub.core.security.AccessDeniedException;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Scope;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;


class PortfolioContentTest {
    private static final LocalDate TODAY = LocalDate.now();

    @DatabaseTest
    void contentHoldsOnlyApprovedAchievementsByCategoryOrderNewestFirstWithEvidenceAndApprover(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        PortfolioFixture p = new PortfolioFixture(f);
        AchievementView olderTechnical = p.approved("technical", Level.NATIONAL, "Robotics hackathon", TODAY.minusDays(60));
        AchievementView academic = p.approved("academic", Level.COLLEGE, "Best project", TODAY.minusDays(90));
        AchievementView newerTechnical = p.approved("technical", Level.STATE, "Open-source library", TODAY.minusDays(5));
        AchievementView revoked = p.approved("technical", Level.COLLEGE, "Withdrawn certificate", TODAY.minusDays(3));
        p.revoke(revoked);
        f.submitted("sports", Level.COLLEGE);

        PortfolioContent content = new PortfolioSource(db.transactions()).read(f.registrar, f.studentId);

        assertThat(content.achievements()).extracting(PortfolioContent.Achievement::id).as("academic (rank 1) before"
                + " technical (rank 5); newest first within a category; revoked and waiting ones left out")
                .containsExactly(academic.id(), newerTechnical.id(), olderTechnical.id());
        PortfolioContent.Achievement first = content.achievements().get(0);
        assertThat(first.categoryName()).isEqualTo("Academic");
        assertThat(first.points()).isPositive();
        assertThat(first.approvedAt()).isNotNull();
        assertThat(first.approvedBy()).as("the last step's approver, by name").startsWith("Person ");
        assertThat(first.approverRole()).isNotNull();
        assertThat(first.evidence()).singleElement().satisfies(e -> {
            assertThat(e.isPdf()).isTrue();
            assertThat(e.content()).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(e.sha256()).hasSize(64);
        });
        assertThat(content.student().number()).isEqualTo("S001");
        assertThat(content.student().programme()).isNotBlank();
        assertThat(content.college().branding()).isEqualTo(CollegeBranding.DEFAULT);
    }

    @DatabaseTest
    void picturesComeAsTheirSmallThumbnailNotTheLargePreview(TestDatabase db) throws Exception {
        AchievementFixture f = new AchievementFixture(db);
        PortfolioFixture p = new PortfolioFixture(f);
        p.approved("technical", Level.NATIONAL, "Robotics hackathon", TODAY.minusDays(10),
                org.studenthub.core.achievement.evidence.EvidenceImages.twoColours("png", 3200, 1600));

        PortfolioContent content = new PortfolioSource(db.transactions()).read(f.registrar, f.studentId);

        PortfolioContent.Evidence picture = content.achievements().get(0).evidence().stream()
                .filter(e -> !e.isPdf()).findFirst().orElseThrow();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(
                new java.io.ByteArrayInputStream(picture.content()));
        assertThat(image.getWidth()).isEqualTo(480);
        assertThat(image.getHeight()).isEqualTo(240);
    }

    @DatabaseTest
    void aCallerWhoDoesNotReachTheStudentReadsNoPortfolio(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        long other = f.records.student("S002", f.records.programmeId, f.records.sectionId);
        CollegeContext someoneElse = f.person("s002", other, null, Scope.SELF, Permission.STUDENT_READ);

        assertThatThrownBy(() -> new PortfolioSource(db.transactions()).read(someoneElse, f.studentId))
                .isInstanceOf(AccessDeniedException.class);
    }

    @DatabaseTest
    void anIssuedPortfolioIsValidUntilOneOfItsAchievementsIsRevoked(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        PortfolioFixture p = new PortfolioFixture(f);
        AchievementView kept = p.approved("academic", Level.COLLEGE, "Best project", TODAY.minusDays(30));
        AchievementView later = p.approved("technical", Level.STATE, "Robotics hackathon", TODAY.minusDays(20));
        CollegeContext issuer = f.person("issuer", null, null, Scope.COLLEGE, Permission.STUDENT_READ,
                Permission.PORTFOLIO_ISSUE);
        IssuedPortfolios register = new IssuedPortfolios(db.transactions());
        UUID credential = UUID.randomUUID();

        register.record(issuer, new IssuedPortfolio(credential, f.studentId, "a".repeat(64), "en", 4,
                List.of(new IssuedPortfolio.Item(kept.id(), kept.version()),
                        new IssuedPortfolio.Item(later.id(), later.version()))));

        assertThat(register.status(issuer, credential)).isEqualTo(PortfolioStatus.VALID);
        assertThat(register.status(issuer, UUID.randomUUID())).isEqualTo(PortfolioStatus.UNKNOWN);
        CollegeContext otherCollege = db.newCollege();
        assertThat(register.status(otherCollege, credential)).as("another college's register").isEqualTo(PortfolioStatus.UNKNOWN);

        p.revoke(later);

        assertThat(register.status(issuer, credential)).isEqualTo(PortfolioStatus.REVOKED);
        assertThat(f.count("SELECT COUNT(*) FROM audit_event WHERE college_id = ? AND table_name = 'issued_portfolio'"
                + " AND action = 'INSERT'", f.college.collegeId())).as("issuing is audited").isEqualTo(1);
    }

    @DatabaseTest
    void issuingNeedsThePortfolioIssuePermission(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        IssuedPortfolios register = new IssuedPortfolios(db.transactions());

        assertThatThrownBy(() -> register.record(f.registrar, new IssuedPortfolio(UUID.randomUUID(), f.studentId,
                "a".repeat(64), "en", 1, List.of()))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("portfolio.issue");
    }

    @DatabaseTest
    void brandingKeepsALogoAndColoursAndRefusesWhatIsNotAPicture(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        BrandingService branding = new BrandingService(db.transactions());
        byte[] png = png();

        CollegeBranding set = branding.set(college, "logo.png", png, "#123abc", "#FEDCBA");

        assertThat(set.logoMediaType()).isEqualTo("image/png");
        assertThat(set.logo()).isEqualTo(png);
        assertThat(set.primaryColour()).isEqualTo("#123ABC");
        assertThat(branding.set(college, null, null, "#000000", "#FFFFFF").logo()).as("kept").isEqualTo(png);
        assertThatThrownBy(() -> branding.set(college, "logo.png", "GIF89a not really".getBytes(), "#000000", "#FFFFFF"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("PNG or JPEG");
        assertThatThrownBy(() -> branding.set(college, null, null, "blue", "#FFFFFF"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("#RRGGBB");
        assertThatThrownBy(() -> branding.set(college, "big.png", new byte[BrandingService.MAX_LOGO_BYTES + 1],
                "#000000", "#FFFFFF")).isInstanceOf(ValidationException.class).hasMessageContaining("KB");
    }

    private static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
