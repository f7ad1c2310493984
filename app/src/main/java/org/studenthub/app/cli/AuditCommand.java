package org.studenthub.app.cli;

import java.util.List;
import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.audit.AuditEventView;
import org.studenthub.core.audit.AuditQuery;
import org.studenthub.core.audit.AuditVerification;
import org.studenthub.core.college.CollegeView;
import org.studenthub.core.tenancy.CollegeContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code studenthub audit verify|show}: the tamper-evident audit trail. */
@Command(name = "audit", description = "Audit trail: verify its hash chain, show its rows.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Show.class})
final class AuditCommand {

    @Command(name = "verify", description = {
        "Recompute the audit hash chain of your college and name the first broken row (needs audit.read).",
        "Exits with 1 when the chain is broken."})
    static final class Verify extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        Verify(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            CollegeView college = services.colleges().list().stream().filter(c -> c.id() == context.collegeId())
                    .findFirst().orElseThrow();
            AuditVerification result = services.auditTrail().verify(context);
            runtime.out().println(describe(college, result));
            return result.intact() ? ExitCodes.OK : ExitCodes.FAILURE;
        }

        private static String describe(CollegeView college, AuditVerification result) {
            if (result.broken().isEmpty()) {
                return I18n.tr("cli.audit.verify.intact", college.code(), result.rows(), result.headSeq(),
                        result.headHash());
            }
            AuditVerification.Break broken = result.broken().get();
            String reason = I18n.tr(broken.reason(), broken.args().toArray());
            if (broken.table() == null) {
                return I18n.tr("cli.audit.verify.broken", college.code(), broken.seq(), reason);
            }
            return I18n.tr("cli.audit.verify.broken.row", college.code(), broken.seq(), broken.action(),
                    broken.table(), broken.rowId() == null ? "-" : broken.rowId().toString(), broken.occurredAt(),
                    reason);
        }
    }

    @Command(name = "show", description = "List a college's audit rows, newest first.")
    static final class Show extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        @Option(names = "--table", paramLabel = "TABLE", description = "Only rows of this table, e.g. student.")
        String table;

        @Option(names = "--row", paramLabel = "ID", description = "Only rows of the record with this id.")
        Long row;

        @Option(names = "--limit", defaultValue = "50",
                description = "At most this many rows, 1-" + AuditQuery.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
        int limit;

        Show(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            List<AuditEventView> events = services.auditTrail().show(context, new AuditQuery(table, row, limit));
            if (events.isEmpty()) {
                runtime.out().println(I18n.tr("cli.audit.show.none"));
            }
            for (AuditEventView e : events) {
                runtime.out().printf("%8d  %s  %s  %s  %-6s %s %s  %s%n", e.seq(), e.occurredAt(), e.actor(),
                        e.device(), e.action(), e.table(), e.rowId() == null ? "-" : e.rowId(),
                        e.changes() == null ? I18n.tr("cli.audit.show.erased") : e.changes());
            }
            return ExitCodes.OK;
        }
    }
}
