package org.studenthub.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.achievement.NotificationView;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.tenancy.CollegeContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code studenthub inbox}: decisions on my achievements and what waits for me, newest first. */
@Command(name = "inbox", description = "Your notifications, newest first; --read marks the ones shown as read.")
final class InboxCommand extends DatabaseCommand {
    @Mixin
    SignInOptions signIn;

    @Option(names = "--unread", description = "Only unread notifications.")
    boolean unreadOnly;

    @Option(names = "--read", description = "Mark the notifications shown as read.")
    boolean markRead;

    @Option(names = "--limit", defaultValue = "20", description = "Rows per page, 1-500 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--after", paramLabel = "CURSOR", description = "Continue after a previous page.")
    String after;

    InboxCommand(CliRuntime runtime) {
        super(runtime);
    }

    @Override
    int run(AppServices services) {
        CollegeContext context = signIn.college(services, runtime);
        Page<NotificationView> page = services.notifications().inbox(context, unreadOnly, new PageRequest(limit, after));
        runtime.out().println(I18n.tr("cli.inbox.unread", services.notifications().unread(context)));
        List<Long> shown = new ArrayList<>();
        for (NotificationView n : page.items()) {
            runtime.out().println(String.format("%s %s  %s", n.read() ? " " : "*", n.createdAt(),
                    I18n.tr("notification." + n.kind(), n.achievementId() == null ? "-" : String.valueOf(n.achievementId()),
                            n.achievementTitle() == null ? "" : n.achievementTitle())));
            shown.add(n.id());
        }
        if (markRead && !shown.isEmpty()) {
            services.notifications().markRead(context, shown);
        }
        if (page.nextCursor() != null) {
            runtime.out().println(I18n.tr("cli.more", page.nextCursor()));
        }
        return ExitCodes.OK;
    }
}
