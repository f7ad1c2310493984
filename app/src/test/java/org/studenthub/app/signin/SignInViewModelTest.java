package org.studenthub.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.session.ConnectionProfile;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.demo.DemoReport;

/** The sign-in window's behaviour, without a window, on real embedded databases. */
class SignInViewModelTest {
    private final SessionOpener opener = new SessionOpener();
    private final List<Session> signedIn = new ArrayList<>();
    private final SignInViewModel model = new SignInViewModel(opener, BackgroundTasks.direct(), Locale.ENGLISH, 100,
            signedIn::add);

    @TempDir
    Path empty;

    @AfterEach
    void close() {
        opener.close();
    }

    @Test
    void aFolderWithoutADatabaseIsAFirstRunAndNothingIsCreatedUntilAsked() {
        model.folderProperty().set(empty.resolve("db").toString());

        model.warmUp();

        assertThat(model.firstRunProperty().get()).isTrue();
        assertThat(model.demoOfferedProperty().get()).isTrue();
        assertThat(Files.exists(empty.resolve("db"))).isFalse();
    }

    @Test
    void theServerChoiceOffersNoDemoAndNeedsAHostAndAValidPort() {
        model.folderProperty().set(empty.resolve("db").toString());
        model.warmUp();
        model.loginProperty().set("registrar");

        model.kindProperty().set(ConnectionProfile.Kind.SERVER);
        model.hostProperty().set("db.college.example");
        model.portProperty().set("54x");

        assertThat(model.demoOfferedProperty().get()).isFalse();
        assertThat(model.canSignIn().get()).isFalse();
        model.portProperty().set("5432");
        assertThat(model.canSignIn().get()).isTrue();
    }

    @Test
    void aWrongPasswordIsShownWithItsCodeClearsThePasswordAndSignsNobodyIn() {
        model.folderProperty().set(DemoHome.databaseFolder().toString());
        model.loginProperty().set("faculty.demo");
        model.passwordProperty().set("wrong-password");

        model.signIn();

        assertThat(signedIn).isEmpty();
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("wrong password").contains("SH-SECURITY-SIGNIN");
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void theRightPasswordOpensASessionInTheAccountsCollege() {
        model.folderProperty().set(DemoHome.databaseFolder().toString());
        model.loginProperty().set("registrar.demo");
        model.passwordProperty().set(DemoReport.demoPassword());

        model.signIn();

        assertThat(signedIn).singleElement().satisfies(session -> {
            assertThat(session.login()).isEqualTo("registrar.demo");
            assertThat(session.collegeName()).isNotBlank();
            assertThat(session.may(org.studenthub.core.security.Permission.STUDENT_READ)).isTrue();
        });
    }
}
