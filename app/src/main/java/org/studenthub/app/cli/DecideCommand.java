package org.studenthub.app.cli;

import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.achievement.AchievementView;
import org.studenthub.core.achievement.DecisionCommand;
import org.studenthub.core.achievement.DecisionKind;
import org.studenthub.core.achievement.DecisionOutcome;
import org.studenthub.core.achievement.DecisionResult;
import org.studenthub.core.tenancy.CollegeContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code studenthub decide ID approve|reject|return|revoke --comment ...}. */
@Command(name = "decide", description = {
    "Decide an achievement waiting for you: approve, reject or return it for revision (reject and return need",
    "--comment); heads of department and the principal revoke an approval (with --comment).",
    "Exits with 4 when the achievement changed since it was read (the decision is kept as a conflict)."})
final class DecideCommand extends DatabaseCommand {
    @Mixin
    SignInOptions signIn;

    @Parameters(index = "0", paramLabel = "ID", description = "The achievement's id (see: studenthub queue).")
    long id;

    @Parameters(index = "1", paramLabel = "DECISION", description = "approve, reject, return or revoke.")
    String decision;

    @Option(names = "--comment", description = "Why: required to reject, return and revoke.")
    String comment;

    DecideCommand(CliRuntime runtime) {
        super(runtime);
    }

    @Override
    int run(AppServices services) {
        DecisionKind kind = switch (decision.toLowerCase(java.util.Locale.ROOT)) {
            case "approve" -> DecisionKind.APPROVE;
            case "reject" -> DecisionKind.REJECT;
            case "return" -> DecisionKind.RETURN;
            case "revoke" -> DecisionKind.REVOKE;
            default -> throw new InvalidInputException("cli.decide.unknown", decision);
        };
        CollegeContext context = signIn.college(services, runtime);
        AchievementView seen = services.achievements().show(context, id).achievement();
        DecisionResult result = services.decisions().decide(context, DecisionCommand.now(id, kind, comment, seen.version()));
        runtime.out().println(describe(result));
        return result.outcome() == DecisionOutcome.CONFLICT ? ExitCodes.CONFLICT : ExitCodes.OK;
    }

    /** "Achievement 12 is now in review (step 2 of 2)", or the conflict. */
    static String describe(DecisionResult result) {
        if (result.outcome() == DecisionOutcome.CONFLICT) {
            return I18n.tr("cli.decide.conflict", String.valueOf(result.achievementId()), String.valueOf(result.version()));
        }
        String status = I18n.tr("achievement.status." + result.status());
        return result.step() > 0 ? I18n.tr("cli.decide.waiting", String.valueOf(result.achievementId()), status, result.step())
                : I18n.tr("cli.decide.done", String.valueOf(result.achievementId()), status);
    }
}
