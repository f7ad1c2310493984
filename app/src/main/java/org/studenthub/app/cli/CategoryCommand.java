package org.studenthub.app.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.achievement.ApproverKind;
import org.studenthub.core.achievement.CategoryChange;
import org.studenthub.core.achievement.CategoryView;
import org.studenthub.core.achievement.Level;
import org.studenthub.core.tenancy.CollegeContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code studenthub category list|edit}. */
@Command(name = "category", description = "Achievement categories: points, caps, approval chains.",
        subcommands = {CategoryCommand.ListAll.class, CategoryCommand.Edit.class})
final class CategoryCommand {

    @Command(name = "list", description = "The college's categories with points per level and approval chain.")
    static final class ListAll extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        ListAll(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            for (CategoryView c : services.categories().list(context)) {
                runtime.out().println(describe(c));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "edit", description = {"Change a category (college administrators).",
        "Example: studenthub category edit sports --cap 40 --points NATIONAL=10 --chain event_organiser,mentor"})
    static final class Edit extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        @Parameters(paramLabel = "CODE", description = "The category's code.")
        String code;

        @Option(names = "--name", description = "New name.")
        String name;

        @Option(names = "--cap", description = "Most points the category counts for a student.")
        Integer cap;

        @Option(names = "--points", paramLabel = "LEVEL=N", description = "Points at a level (repeatable).")
        Map<Level, Integer> points;

        @Option(names = "--chain", split = ",", paramLabel = "STEP",
                description = "The whole approval chain, in order: event_organiser, mentor, section_faculty,"
                        + " head_of_department, principal.")
        List<String> chain;

        @Option(names = "--evidence-required", arity = "1", description = "true or false.")
        Boolean evidenceRequired;

        @Option(names = "--active", arity = "1", description = "false retires the category (kept for old achievements).")
        Boolean active;

        Edit(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            List<ApproverKind> steps = null;
            if (chain != null) {
                steps = new ArrayList<>();
                for (String step : chain) {
                    try {
                        steps.add(ApproverKind.valueOf(step.strip().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInputException("cli.category.step.unknown", step);
                    }
                }
            }
            CategoryView changed = services.categories().edit(context, code, new CategoryChange(name, cap,
                    evidenceRequired, active, points == null ? null : new EnumMap<>(points), steps));
            runtime.out().println(describe(changed));
            return ExitCodes.OK;
        }
    }

    static String describe(CategoryView c) {
        StringBuilder points = new StringBuilder();
        for (Level level : Level.values()) {
            points.append(' ').append(I18n.tr("level." + level)).append('=').append(c.points().getOrDefault(level, 0));
        }
        List<String> chain = c.chain().stream().map(k -> I18n.tr("approver." + k)).toList();
        return I18n.tr("cli.category.line", c.code(), c.name(), c.pointsCap(), points.toString().strip(),
                String.join(" > ", chain), c.active() ? "" : I18n.tr("cli.category.retired"));
    }
}
