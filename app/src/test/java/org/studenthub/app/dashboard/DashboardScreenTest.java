package org.studenthub.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.app.client.ClientDriver.waitUntil;

import java.nio.file.Path;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.app.client.ClientDriver;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The principal's dashboard in the real client: figures, both charts and the latest changes. */
@ExtendWith(ApplicationExtension.class)
class DashboardScreenTest {
    @TempDir
    Path home;

    private ClientDriver client;

    @Start
    void start(Stage stage) {
        client = new ClientDriver(stage, home);
    }

    @AfterEach
    void close() throws Exception {
        client.close();
    }

    @Test
    void thePrincipalSeesProgrammesCategoriesAndRecentChanges(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "principal.demo");
        waitUntil(() -> robot.lookup(".stat-card").queryAll().size() >= 4, 60);

        BarChart<?, ?> programmes = robot.lookup("#programmes").queryAs(BarChart.class);
        BarChart<?, ?> categories = robot.lookup("#categories").queryAs(BarChart.class);
        ListView<?> recent = robot.lookup("#recent").queryListView();
        assertThat(programmes.isVisible()).isTrue();
        assertThat(programmes.getData().get(0).getData()).isNotEmpty();
        assertThat(categories.isVisible()).isTrue();
        assertThat(categories.getData().get(0).getData()).isNotEmpty();
        assertThat(recent.getItems()).isNotEmpty();
        client.screenshot("dashboard-principal-en");
    }
}
