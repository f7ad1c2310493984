package org.studenthub.app.fx;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Pixel widths of columns and short fields grow with the text size and come back, without compounding. */
@ExtendWith(ApplicationExtension.class)
class PixelWidthsTest {

    @Test
    void columnsAndChoicesGrowWithTheTextAndComeBackExactly() {
        TableColumn<String, String> group = new TableColumn<>("Name");
        TableColumn<String, String> family = new TableColumn<>("F");
        family.setPrefWidth(120);
        family.setMinWidth(60);
        group.getColumns().add(family);
        TableColumn<String, String> code = new TableColumn<>("#");
        code.setPrefWidth(80);
        TableColumn<String, String> year = new TableColumn<>("Year of study");
        year.setPrefWidth(30);
        TableView<String> table = new TableView<>();
        table.getColumns().addAll(group, code, year);
        ChoiceBox<String> status = new ChoiceBox<>();
        status.setPrefWidth(100);
        ChoiceBox<String> free = new ChoiceBox<>();
        // a table inside a scroll pane that has no skin yet: its content is not among its children
        VBox root = new VBox(new ScrollPane(new VBox(table)), status, free, new Label("x"));

        PixelWidths.apply(root, TextSize.LARGEST);
        PixelWidths.apply(root, TextSize.LARGEST);

        assertThat(family.getPrefWidth()).isEqualTo(180);
        assertThat(family.getMinWidth()).isEqualTo(90);
        assertThat(code.getPrefWidth()).isEqualTo(120);
        assertThat(status.getPrefWidth()).isEqualTo(150);
        assertThat(free.getPrefWidth()).as("a computed width stays computed").isEqualTo(ChoiceBox.USE_COMPUTED_SIZE);

        assertThat(year.getMinWidth()).as("never narrower than its header").isGreaterThan(30 * 1.5);
        assertThat(year.getPrefWidth()).isEqualTo(year.getMinWidth());
        double largestHeader = year.getMinWidth();

        PixelWidths.apply(root, TextSize.LARGE);
        assertThat(code.getPrefWidth()).isEqualTo(100);

        PixelWidths.apply(root, TextSize.NORMAL);
        assertThat(family.getPrefWidth()).isEqualTo(120);
        assertThat(family.getMinWidth()).isEqualTo(60);
        assertThat(status.getPrefWidth()).isEqualTo(100);
        assertThat(year.getMinWidth()).isLessThan(largestHeader).isGreaterThan(30);
    }

    @Test
    void aNewTextSizeReachesEveryScreenSizedBefore() {
        PixelWidths widths = new PixelWidths();
        ChoiceBox<String> shown = new ChoiceBox<>();
        shown.setPrefWidth(100);
        ChoiceBox<String> keptForLater = new ChoiceBox<>();
        keptForLater.setPrefWidth(80);
        widths.size(new VBox(shown), TextSize.NORMAL);
        widths.size(new VBox(keptForLater), TextSize.NORMAL);

        widths.resizeAll(TextSize.LARGEST);

        assertThat(shown.getPrefWidth()).isEqualTo(150);
        assertThat(keptForLater.getPrefWidth()).isEqualTo(120);
    }
}
