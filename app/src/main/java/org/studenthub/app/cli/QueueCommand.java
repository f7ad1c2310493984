package org.studenthub.app.cli;

import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.achievement.AchievementView;
import org.studenthub.core.achievement.Level;
import org.studenthub.core.achievement.QueueFilter;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.tenancy.CollegeContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code studenthub queue}: what waits for me. */
@Command(name = "queue", description = "Achievements waiting for your decision, oldest first.")
final class QueueCommand extends DatabaseCommand {
    @Mixin
    SignInOptions signIn;

    @Option(names = "--category", paramLabel = "CODE", description = "Only this category.")
    String category;

    @Option(names = "--level", description = "Only this level.")
    Level level;

    @Option(names = "--section", paramLabel = "ID", description = "Only students of this section.")
    Long section;

    @Option(names = "--older-than", paramLabel = "DAYS", description = "Only those waiting at least this many days.")
    Integer olderThan;

    @Option(names = "--newest-first", description = "Newest submissions first.")
    boolean newestFirst;

    @Option(names = "--limit", defaultValue = "20", description = "Rows per page, 1-500 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--after", paramLabel = "CURSOR", description = "Continue after a previous page.")
    String after;

    QueueCommand(CliRuntime runtime) {
        super(runtime);
    }

    @Override
    int run(AppServices services) {
        CollegeContext context = signIn.college(services, runtime);
        QueueFilter filter = new QueueFilter(category, level, section, olderThan, newestFirst);
        long waiting = services.approvalQueue().count(context, filter);
        Page<AchievementView> page = services.approvalQueue().waitingForMe(context, filter, new PageRequest(limit, after));
        runtime.out().println(I18n.tr("cli.queue.count", waiting));
        page.items().forEach(a -> runtime.out().println(AchievementCommand.line(a)));
        if (page.nextCursor() != null) {
            runtime.out().println(I18n.tr("cli.more", page.nextCursor()));
        }
        return ExitCodes.OK;
    }
}
