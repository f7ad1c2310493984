package org.studenthub.app.cli;

import java.time.LocalDate;
import java.util.List;
import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.achievement.AchievementDetail;
import org.studenthub.core.achievement.AchievementDraft;
import org.studenthub.core.achievement.AchievementView;
import org.studenthub.core.achievement.DecisionCommand;
import org.studenthub.core.achievement.DecisionKind;
import org.studenthub.core.achievement.DecisionResult;
import org.studenthub.core.achievement.DecisionView;
import org.studenthub.core.achievement.EvidenceView;
import org.studenthub.core.achievement.Level;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.tenancy.CollegeContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code studenthub achievement submit|list|show|withdraw}. */
@Command(name = "achievement", description = "Achievements: submit, list, show, withdraw.",
        subcommands = {AchievementCommand.Submit.class, AchievementCommand.ListAll.class, AchievementCommand.Show.class,
            AchievementCommand.Withdraw.class})
final class AchievementCommand {

    /** The student the caller means: --student NUMBER, or the signed-in student themselves. */
    static long student(AppServices services, CollegeContext context, String number) {
        if (number != null) {
            return services.students().getByNumber(context, number).id();
        }
        return context.access().studentId().orElseThrow(() -> new InvalidInputException("cli.achievement.student.needed"));
    }

    @Command(name = "submit", description = {
        "Record an achievement and submit it for approval (or with --draft only save it).",
        "With --id, submit a draft or an achievement returned for revision instead."})
    static final class Submit extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        @Option(names = "--id", paramLabel = "ID", description = "Submit this existing draft or returned achievement.")
        Long id;

        @Option(names = "--student", paramLabel = "NUMBER", description = "For this student (staff); default: yourself.")
        String studentNumber;

        @Option(names = "--category", paramLabel = "CODE", description = "Category code (see: studenthub category list).")
        String category;

        @Option(names = "--level", description = "COLLEGE, UNIVERSITY, STATE, NATIONAL or INTERNATIONAL.")
        Level level;

        @Option(names = "--title", description = "What was achieved.")
        String title;

        @Option(names = "--description", description = "More detail.")
        String description;

        @Option(names = "--issuer", description = "Who awarded or organised it.")
        String issuer;

        @Option(names = "--event", paramLabel = "ID", description = "The event it happened at (see: studenthub event list).")
        Long eventId;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it happened (its first day).")
        LocalDate startsOn;

        @Option(names = "--end-date", paramLabel = "YYYY-MM-DD", description = "Its last day, if it lasted longer.")
        LocalDate endsOn;

        @Option(names = "--link", paramLabel = "URL", description = "A web page proving it (repeatable).")
        List<String> links;

        @Option(names = "--evidence", paramLabel = "FILE",
                description = "A certificate, photo or document proving it: PDF, PNG, JPEG, GIF, BMP or TIFF (repeatable).")
        List<java.nio.file.Path> evidence;

        @Option(names = "--draft", description = "Only save it as a draft.")
        boolean draft;

        Submit(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            AchievementView saved;
            if (id != null) {
                saved = services.achievements().show(context, id).achievement();
            } else {
                long student = student(services, context, studentNumber);
                saved = services.achievements().saveDraft(context, new AchievementDraft(student, category, level, title,
                        description, issuer, eventId, startsOn, endsOn, links == null ? null : String.join("\n", links)));
                runtime.out().println(I18n.tr("cli.achievement.saved", String.valueOf(saved.id()), saved.title()));
            }
            for (java.nio.file.Path file : evidence == null ? List.<java.nio.file.Path>of() : evidence) {
                EvidenceView stored = services.evidence().attach(context, saved.id(), file.getFileName().toString(),
                        read(file));
                runtime.out().println(I18n.tr("cli.achievement.attached", stored.fileName(), stored.mediaType(),
                        stored.activeContent().isEmpty() ? "" : I18n.tr("cli.achievement.active", stored.activeContent())));
            }
            if (evidence != null && !evidence.isEmpty()) {
                saved = services.achievements().show(context, saved.id()).achievement();
            }
            if (draft) {
                return ExitCodes.OK;
            }
            DecisionResult result = services.decisions().decide(context,
                    DecisionCommand.now(saved.id(), DecisionKind.SUBMIT, null, saved.version()));
            runtime.out().println(DecideCommand.describe(result));
            return ExitCodes.OK;
        }
    }

    static byte[] read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new InvalidInputException("cli.file.unreadable", file, e.getMessage());
        }
    }

    @Command(name = "list", description = "A student's achievements, newest first.")
    static final class ListAll extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        @Option(names = "--student", paramLabel = "NUMBER", description = "This student (staff); default: yourself.")
        String studentNumber;

        @Option(names = "--limit", defaultValue = "20", description = "Rows per page, 1-500 (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--after", paramLabel = "CURSOR", description = "Continue after a previous page.")
        String after;

        ListAll(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            long student = student(services, context, studentNumber);
            Page<AchievementView> page = services.achievements().listForStudent(context, student,
                    new PageRequest(limit, after));
            if (page.items().isEmpty()) {
                runtime.out().println(I18n.tr("cli.achievement.none"));
            }
            page.items().forEach(a -> runtime.out().println(line(a)));
            if (page.nextCursor() != null) {
                runtime.out().println(I18n.tr("cli.more", page.nextCursor()));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "One achievement with its evidence and decision history.")
    static final class Show extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        @Parameters(paramLabel = "ID", description = "The achievement's id.")
        long id;

        Show(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            AchievementDetail detail = services.achievements().show(context, id);
            AchievementView a = detail.achievement();
            runtime.out().println(I18n.tr("cli.achievement.show", String.valueOf(a.id()), a.title(), a.studentNumber(), a.studentName(),
                    a.categoryName(), I18n.tr("level." + a.level()), a.startsOn(), status(a), a.points(), String.valueOf(a.version())));
            if (a.description() != null) {
                runtime.out().println("  " + a.description());
            }
            for (EvidenceView file : detail.evidence()) {
                runtime.out().println(I18n.tr("cli.achievement.evidence", file.fileName(), file.mediaType(),
                        file.sizeBytes(), file.sha256().substring(0, 12),
                        file.activeContent().isEmpty() ? "" : I18n.tr("cli.achievement.active", file.activeContent())));
            }
            for (DecisionView d : detail.decisions()) {
                runtime.out().println(I18n.tr("cli.achievement.decision", d.decidedAt(), d.kind(), d.step(),
                        d.outcome(), d.decidedBy(), d.comment() == null ? "" : d.comment()));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "withdraw", description = "Take back a draft or a submitted achievement.")
    static final class Withdraw extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        @Parameters(paramLabel = "ID", description = "The achievement's id.")
        long id;

        Withdraw(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            AchievementView a = services.achievements().show(context, id).achievement();
            DecisionResult result = services.decisions().decide(context,
                    DecisionCommand.now(id, DecisionKind.WITHDRAW, null, a.version()));
            runtime.out().println(DecideCommand.describe(result));
            return ExitCodes.OK;
        }
    }

    /** One list line: id, date, status (with the step it waits at), category, level, points, title. */
    static String line(AchievementView a) {
        return String.format("%-7d %s  %-28s %-24s %-13s %3d  %s%s", a.id(), a.startsOn(), status(a), a.categoryName(),
                I18n.tr("level." + a.level()), a.points(), a.title(),
                a.studentNumber() == null ? "" : "  [" + a.studentNumber() + "]");
    }

    static String status(AchievementView a) {
        String status = I18n.tr("achievement.status." + a.status());
        return a.step() > 0 ? I18n.tr("cli.achievement.step", status, a.step(), a.stepCount()) : status;
    }
}
