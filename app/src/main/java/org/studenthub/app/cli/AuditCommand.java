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
        "A platform administrator verifies the platform chain (accounts without a college).",
        "Exits with 1 when the chain is broken."})
    static final class Verify extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        Verify(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            SignInOptions.Actor actor = signIn.actor(services, runtime);
            AuditVerification result;
            String chain;
            if (actor.college().isPresent()) {
                CollegeContext context = actor.college().get();
                result = services.auditTrail().verify(context);
                chain = services.colleges().list().stream().filter(c -> c.id() == context.collegeId())
                        .findFirst().map(CollegeView::code).orElseThrow();
            } else {
                result = services.auditTrail().verifyPlatform(actor.platform());
                chain = I18n.tr("cli.audit.platform_chain");
            }
            runtime.out().println(describe(chain, result));
            return result.intact() ? ExitCodes.OK : ExitCodes.FAILURE;
        }

        private static String describe(String chain, AuditVerification result) {
            if (result.broken().isEmpty()) {
                return I18n.tr("cli.audit.verify.intact", chain, result.rows(), result.headSeq(), result.headHash());
            }
            AuditVerification.Break broken = result.broken().get();
            String reason = I18n.tr(broken.reason(), broken.args().toArray());
            if (broken.table() == null) {
                return I18n.tr("cli.audit.verify.broken", chain, broken.seq(), reason);
            }
            return I18n.tr("cli.audit.verify.broken.row", chain, broken.seq(), broken.action(),
                    broken.table(), broken.rowId() == null ? "-" : broken.rowId().toString(), broken.occurredAt(),
                    reason);
        }
    }

    @Command(name = "show", description = {"List your college's audit rows, newest first.",
        "A platform administrator lists the platform chain (accounts without a college)."})
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
            SignInOptions.Actor actor = signIn.actor(services, runtime);
            AuditQuery query = new AuditQuery(table, row, limit);
            List<AuditEventView> events = actor.college().isPresent()
                    ? services.auditTrail().show(actor.college().get(), query)
                    : services.auditTrail().showPlatform(actor.platform(), query);
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
