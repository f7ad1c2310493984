package org.studenthub.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo college's people walk an achievement through its two-step chain from the command line. */
class AchievementCommandsTest {
    private static final String PASSWORD = "studenthub-demo";

    @TempDir
    Path home;

    private CliHarness cli;

    @BeforeEach
    void demoCollege() {
        cli = CliHarness.embedded(home);
        CliHarness.Run demo = cli.run("demo", "--students", "200");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
    }

    @Test
    void aStudentSubmitsTheMentorThenTheHeadApproveAndThePointsCount() {
        int before = total(cli.signedInAs("student.demo", PASSWORD).run("points").out());
        CliHarness.Run bare = cli.signedInAs("student.demo", PASSWORD).run("achievement", "submit",
                "--category", "technical", "--level", "NATIONAL", "--title", "Robotics hackathon, first place",
                "--date", LocalDate.now().minusDays(5).toString());
        assertThat(bare.exitCode()).as("technical achievements need evidence").isNotZero();
        assertThat(bare.err()).contains("requires at least one file");
        CliHarness.Run submitted = cli.run("achievement", "submit", "--id", idIn(bare.out()),
                "--evidence", certificate("Robotics hackathon").toString());
        assertThat(submitted.exitCode()).as(submitted.err()).isZero();
        String id = idIn(bare.out());
        assertThat(submitted.out()).contains("attached Robotics-hackathon.pdf (application/pdf)");
        assertThat(submitted.out()).contains("is now submitted (waiting at step 1)");

        CliHarness.Run mentorQueue = cli.signedInAs("mentor.demo", PASSWORD).run("queue");
        assertThat(mentorQueue.out()).contains("1 waiting for you").contains("Robotics hackathon");
        CliHarness.Run byMentor = cli.run("decide", id, "approve", "--comment", "Results page checked");
        assertThat(byMentor.exitCode()).as(byMentor.err()).isZero();
        assertThat(byMentor.out()).contains("is now in review (waiting at step 2)");

        CliHarness.Run ownAgain = cli.run("decide", id, "approve");
        assertThat(ownAgain.exitCode()).as("step 2 waits for the head, not the mentor").isEqualTo(ExitCodes.ACCESS_DENIED);

        CliHarness.Run byHead = cli.signedInAs("hod.demo", PASSWORD).run("decide", id, "approve");
        assertThat(byHead.exitCode()).as(byHead.err()).isZero();
        assertThat(byHead.out()).contains("is now approved");

        CliHarness.Run shown = cli.signedInAs("student.demo", PASSWORD).run("achievement", "show", id);
        assertThat(shown.out()).contains("status: approved").contains("points: 8")
                .contains("SUBMIT at step 0: APPLIED").contains("APPROVE at step 1: APPLIED")
                .contains("Results page checked").contains("APPROVE at step 2: APPLIED");
        assertThat(total(cli.run("points").out())).as("national technical achievement: 8 points").isEqualTo(before + 8);
        CliHarness.Run inbox = cli.run("inbox", "--unread", "--read");
        assertThat(inbox.out()).contains("Your achievement " + id + " was approved: Robotics hackathon, first place")
                .contains("Your achievement " + id + " passed a step");
        assertThat(cli.run("inbox", "--unread").out()).contains("0 unread.");
    }

    @Test
    void rejectingWithoutAReasonIsRefusedWithWhatToDo() {
        CliHarness.Run submitted = cli.signedInAs("student.demo", PASSWORD).run("achievement", "submit",
                "--category", "certification", "--level", "COLLEGE", "--title", "First aid course",
                "--date", LocalDate.now().minusDays(2).toString(), "--evidence", certificate("First aid").toString());
        String id = idIn(submitted.out());

        CliHarness.Run reject = cli.signedInAs("mentor.demo", PASSWORD).run("decide", id, "reject");

        assertThat(reject.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(reject.err()).contains("comment").contains("is required to reject");
        assertThat(cli.run("queue").out()).contains("1 waiting for you");
    }

    @Test
    void theAdministratorEditsAChainAndTheCategoryListShowsIt() {
        CliHarness.Run edited = cli.signedInAs("admin.demo", PASSWORD).run("category", "edit", "sports", "--cap", "45",
                "--points", "NATIONAL=12", "--chain", "mentor,principal");

        assertThat(edited.exitCode()).as(edited.err()).isZero();
        assertThat(cli.signedInAs("student.demo", PASSWORD).run("category", "list").out())
                .contains("sports  Sports  cap 45").contains("national=12").contains("chain: mentor > principal");
    }

    private Path certificate(String title) {
        try {
            return java.nio.file.Files.write(home.resolve(title.replace(' ', '-') + ".pdf"),
                    org.studenthub.core.demo.DemoCertificate.pdf(title, "Student"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int total(String pointsOut) {
        Matcher m = Pattern.compile("Total counted: (\\d+) points").matcher(pointsOut);
        assertThat(m.find()).as(pointsOut).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String idIn(String out) {
        Matcher m = Pattern.compile("Saved achievement (\\d+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }
}
