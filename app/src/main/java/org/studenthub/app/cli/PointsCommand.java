package org.studenthub.app.cli;

import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.achievement.StudentPoints;
import org.studenthub.core.tenancy.CollegeContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code studenthub points [STUDENT]}: activity points from approved achievements. */
@Command(name = "points", description = "A student's activity points per category (capped) and per term.")
final class PointsCommand extends DatabaseCommand {
    @Mixin
    SignInOptions signIn;

    @Parameters(arity = "0..1", paramLabel = "STUDENT", description = "The student number; default: yourself.")
    String number;

    PointsCommand(CliRuntime runtime) {
        super(runtime);
    }

    @Override
    int run(AppServices services) {
        CollegeContext context = signIn.college(services, runtime);
        long student = AchievementCommand.student(services, context, number);
        StudentPoints points = services.points().pointsOf(context, student);
        for (StudentPoints.CategoryPoints c : points.categories()) {
            runtime.out().println(I18n.tr("cli.points.category", c.name(), c.counted(), c.earned(), c.cap()));
        }
        for (StudentPoints.PeriodPoints p : points.periods()) {
            runtime.out().println(I18n.tr("cli.points.period", p.year(), p.term() == null ? "-" : p.term(), p.earned()));
        }
        runtime.out().println(I18n.tr("cli.points.total", points.total()));
        return ExitCodes.OK;
    }
}
