package org.studenthub.app;

import org.studenthub.core.achievement.AccreditationFigures;
import org.studenthub.core.achievement.AchievementService;
import org.studenthub.core.achievement.ApprovalQueue;
import org.studenthub.core.achievement.CategoryService;
import org.studenthub.core.achievement.DecisionService;
import org.studenthub.core.achievement.EventService;
import org.studenthub.core.achievement.EvidenceService;
import org.studenthub.core.achievement.NotificationService;
import org.studenthub.core.achievement.PointsService;
import org.studenthub.core.achievement.evidence.EvidenceLimits;
import org.studenthub.core.attendance.AttendanceService;
import org.studenthub.core.audit.AuditTrail;
import org.studenthub.core.calendar.CalendarService;
import org.studenthub.core.college.CollegeService;
import org.studenthub.core.college.CollegeView;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.course.CourseService;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.demo.DemoGenerator;
import org.studenthub.core.department.DepartmentService;
import org.studenthub.core.enrolment.EnrolmentService;
import org.studenthub.core.mentor.MentorService;
import org.studenthub.core.portfolio.BrandingService;
import org.studenthub.core.portfolio.IssuedPortfolios;
import org.studenthub.core.portfolio.PortfolioSource;
import org.studenthub.core.programme.ProgrammeService;
import org.studenthub.core.section.SectionService;
import org.studenthub.core.security.EmbeddedSignIn;
import org.studenthub.core.security.EmbeddedUserAdministration;
import org.studenthub.core.security.RoleService;
import org.studenthub.core.security.SignIn;
import org.studenthub.core.security.UserAdministration;
import org.studenthub.core.security.postgres.PostgresUserAdministration;
import org.studenthub.core.student.GuardianService;
import org.studenthub.core.student.StudentCounts;
import org.studenthub.core.student.StudentDocumentService;
import org.studenthub.core.student.StudentService;
import org.studenthub.core.student.search.StudentSearch;
import org.studenthub.core.teacher.TeacherService;
import org.studenthub.core.teacher.TeachingAssignmentService;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.transfer.CsvExporter;
import org.studenthub.core.transfer.EnrolmentImporter;
import org.studenthub.core.transfer.StudentImporter;
import org.studenthub.core.transfer.TeacherImporter;
import org.studenthub.reporting.portfolio.PortfolioIssuer;
import org.studenthub.reporting.portfolio.PortfolioRenderer;
import org.studenthub.reporting.report.Reports;
import org.studenthub.reporting.seal.PdfSealer;
import org.studenthub.reporting.template.Templates;

/**
 * The composition root: builds every service of core from one open database, with constructor
 * injection only. The command line and the desktop client take services from here.
 */
public final class AppServices {
    /** Loaded templates are immutable and shared by every report of the process. */
    private static final Templates TEMPLATES = new Templates();

    private final Database database;
    private Transactions transactions;

    public AppServices(Database database) {
        this.database = database;
    }

    /** Built on first use, so that {@code db migrate} runs before Hibernate validates the schema. */
    private synchronized Transactions transactions() {
        if (transactions == null) {
            transactions = database.transactions();
        }
        return transactions;
    }

    public Database database() {
        return database;
    }

    public CollegeService colleges() {
        return new CollegeService(transactions());
    }

    public DepartmentService departments() {
        return new DepartmentService(transactions());
    }

    /** Signing in; embedded mode checks Argon2id hashes (PostgreSQL mode will sign in as the person's login). */
    public SignIn signIn() {
        return new EmbeddedSignIn(transactions());
    }

    /** Accounts: Argon2id accounts in the embedded database; database logins on PostgreSQL. */
    public UserAdministration users() {
        return database.vendor() == Vendor.POSTGRESQL
                ? new PostgresUserAdministration(database.dataSource())
                : new EmbeddedUserAdministration(transactions());
    }

    public RoleService roles() {
        return new RoleService(transactions());
    }

    public CalendarService calendar() {
        return new CalendarService(transactions());
    }

    public SectionService sections() {
        return new SectionService(transactions());
    }

    public TeacherService teachers() {
        return new TeacherService(transactions());
    }

    public TeachingAssignmentService teachingAssignments() {
        return new TeachingAssignmentService(transactions());
    }

    public AccreditationFigures accreditationFigures() {
        return new AccreditationFigures(transactions());
    }

    public CourseService courses() {
        return new CourseService(transactions());
    }

    public EnrolmentService enrolments() {
        return new EnrolmentService(transactions());
    }

    public MentorService mentors() {
        return new MentorService(transactions());
    }

    public AttendanceService attendance() {
        return new AttendanceService(transactions());
    }

    public StudentService students() {
        return new StudentService(transactions());
    }

    public StudentSearch studentSearch() {
        return new StudentSearch(transactions());
    }

    public GuardianService guardians() {
        return new GuardianService(transactions());
    }

    public StudentDocumentService studentDocuments() {
        return new StudentDocumentService(transactions());
    }

    public StudentCounts studentCounts() {
        return new StudentCounts(transactions());
    }

    public StudentImporter studentImporter() {
        return new StudentImporter(transactions());
    }

    public TeacherImporter teacherImporter() {
        return new TeacherImporter(transactions());
    }

    public EnrolmentImporter enrolmentImporter() {
        return new EnrolmentImporter(transactions());
    }

    public CsvExporter csvExporter() {
        return new CsvExporter(transactions());
    }

    public AuditTrail auditTrail() {
        return new AuditTrail(transactions());
    }

    public AchievementService achievements() {
        return new AchievementService(transactions());
    }

    public DecisionService decisions() {
        return new DecisionService(transactions());
    }

    public ApprovalQueue approvalQueue() {
        return new ApprovalQueue(transactions());
    }

    public CategoryService categories() {
        return new CategoryService(transactions());
    }

    public EventService events() {
        return new EventService(transactions());
    }

    /**
     * Evidence files, with the size limits of this installation: {@code -Dstudenthub.evidence.max-file-mb} and
     * {@code -Dstudenthub.evidence.max-achievement-mb} (defaults 20 and 50).
     */
    public EvidenceService evidence() {
        long file = Long.getLong("studenthub.evidence.max-file-mb", EvidenceLimits.DEFAULTS.maxFileBytes() / EvidenceLimits.MEGABYTE);
        long total = Long.getLong("studenthub.evidence.max-achievement-mb",
                EvidenceLimits.DEFAULTS.maxAchievementBytes() / EvidenceLimits.MEGABYTE);
        return new EvidenceService(transactions(), EvidenceLimits.ofSizes(file * EvidenceLimits.MEGABYTE,
                total * EvidenceLimits.MEGABYTE));
    }

    public PointsService points() {
        return new PointsService(transactions());
    }

    public NotificationService notifications() {
        return new NotificationService(transactions());
    }

    /** Accreditation and office reports, with the templates compiled at build time. */
    public Reports reports() {
        return new Reports(transactions(), TEMPLATES, java.time.Clock.systemUTC());
    }

    public ProgrammeService programmes() {
        return new ProgrammeService(transactions());
    }

    public PortfolioSource portfolioSource() {
        return new PortfolioSource(transactions());
    }

    public PortfolioRenderer portfolioRenderer() {
        return new PortfolioRenderer(TEMPLATES);
    }

    /** Read, render, seal and record portfolios: what the portfolio commands and the client use. */
    public PortfolioIssuer portfolioIssuer() {
        return new PortfolioIssuer(portfolioSource(), portfolioRenderer(), new PdfSealer(), issuedPortfolios());
    }

    /** The code of the caller's college (seal keystores are named by it). */
    public String collegeCode(CollegeContext context) {
        return colleges().list().stream().filter(c -> c.id() == context.collegeId()).map(CollegeView::code)
                .findFirst().orElseThrow(() -> new NotFoundException("college", Long.toString(context.collegeId())));
    }

    public IssuedPortfolios issuedPortfolios() {
        return new IssuedPortfolios(transactions());
    }

    public BrandingService branding() {
        return new BrandingService(transactions());
    }

    public DemoGenerator demoGenerator() {
        return new DemoGenerator(database);
    }
}
