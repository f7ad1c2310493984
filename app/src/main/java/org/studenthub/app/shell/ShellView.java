package org.studenthub.app.shell;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.Languages;
import org.studenthub.app.fx.Theme;

/**
 * The main window: header (college, user, language, theme, sign out), a sidebar with the screens the role may
 * open (Ctrl+1, Ctrl+2... jump to them), the current screen, and a status bar showing background work.
 */
public final class ShellView {
    private final ShellViewModel model;
    private final Function<Destination, Parent> screens;
    private final Locale locale;
    private final Consumer<Locale> changeLanguage;
    private final Theme currentTheme;
    private final Consumer<Theme> changeTheme;
    private final Runnable signOutAction;
    private final Map<Destination, Button> buttons = new EnumMap<>(Destination.class);
    private final Map<Destination, Parent> opened = new EnumMap<>(Destination.class);

    @FXML
    private Label college;
    @FXML
    private Label user;
    @FXML
    private ChoiceBox<Locale> language;
    @FXML
    private ChoiceBox<Theme> theme;
    @FXML
    private VBox sidebar;
    @FXML
    private StackPane content;
    @FXML
    private Label where;
    @FXML
    private Label working;
    @FXML
    private ProgressBar progress;

    public ShellView(ShellViewModel model, Function<Destination, Parent> screens, Locale locale,
                     Consumer<Locale> changeLanguage, Theme currentTheme, Consumer<Theme> changeTheme,
                     Runnable signOutAction) {
        this.model = model;
        this.screens = screens;
        this.locale = locale;
        this.changeLanguage = changeLanguage;
        this.currentTheme = currentTheme;
        this.changeTheme = changeTheme;
        this.signOutAction = signOutAction;
    }

    @FXML
    private void initialize() {
        college.setText(model.collegeName());
        user.setText(model.userName());
        where.setText(model.where());
        Languages.setUp(language, locale, changeLanguage);
        setUpThemes();
        int number = 1;
        for (Destination destination : model.destinations()) {
            Button button = new Button(I18n.tr(locale, destination.labelKey()), new FontIcon(destination.icon()));
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMnemonicParsing(false);
            button.setOnAction(e -> model.open(destination));
            button.setAccessibleHelp(I18n.tr(locale, "client.nav.shortcut", number));
            buttons.put(destination, button);
            sidebar.getChildren().add(button);
            number++;
        }
        model.currentProperty().addListener((o, was, now) -> show(now));
        show(model.currentProperty().get());
        working.visibleProperty().bind(model.runningTasksProperty().greaterThan(0));
        progress.visibleProperty().bind(working.visibleProperty());
        content.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                addShortcuts(scene);
            }
        });
    }

    private void setUpThemes() {
        theme.getItems().setAll(Theme.values());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme value) {
                return value == null ? "" : I18n.tr(locale, "client.theme." + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public Theme fromString(String text) {
                return null;
            }
        });
        theme.setValue(currentTheme);
        theme.valueProperty().addListener((o, was, chosen) -> changeTheme.accept(chosen));
    }

    private void addShortcuts(javafx.scene.Scene scene) {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int i = 0; i < model.destinations().size() && i < digits.length; i++) {
            Destination destination = model.destinations().get(i);
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    () -> model.open(destination));
        }
    }

    private void show(Destination destination) {
        Parent screen = opened.computeIfAbsent(destination, screens);
        content.getChildren().setAll(screen);
        buttons.forEach((d, button) -> {
            button.getStyleClass().remove("selected");
            if (d == destination) {
                button.getStyleClass().add("selected");
            }
        });
    }

    @FXML
    private void signOut() {
        signOutAction.run();
    }
}
