package org.studenthub.app.shell;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.Languages;
import org.studenthub.app.fx.Theme;
import org.studenthub.app.palette.PaletteActions;

/**
 * The main window: header (college, user, language, theme, sign out), a sidebar with the screens the role may
 * open (Ctrl+1, Ctrl+2... jump to them), the current screen, and a status bar showing background work. Ctrl+K
 * (or the header's hint button) lays the command palette over the window; Esc gives the keyboard back.
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
    private final Function<PaletteActions, Parent> palette;
    private final LongConsumer studentOpener;
    /** The accelerators this window put on the scene, taken off (if still its own) when it leaves the scene. */
    private final Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
    private Parent paletteLayer;
    private Node focusBeforePalette;

    @FXML
    private StackPane layers;
    @FXML
    private Button paletteButton;

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
                     Runnable signOutAction, Function<PaletteActions, Parent> palette, LongConsumer studentOpener) {
        this.model = model;
        this.screens = screens;
        this.locale = locale;
        this.changeLanguage = changeLanguage;
        this.currentTheme = currentTheme;
        this.changeTheme = changeTheme;
        this.signOutAction = signOutAction;
        this.palette = palette;
        this.studentOpener = studentOpener;
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
        KeyCombination paletteKey = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
        paletteButton.setText(paletteKey.getDisplayText());
        paletteButton.setGraphic(new FontIcon("mdmz-search"));
        paletteButton.setTooltip(new Tooltip(I18n.tr(locale, "client.palette.open")));
        content.sceneProperty().addListener((o, was, scene) -> {
            if (was != null) {
                shortcuts.forEach(was.getAccelerators()::remove);
                shortcuts.clear();
            }
            if (scene != null) {
                addShortcuts(scene);
                shortcut(scene, paletteKey, this::openPalette);
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

    private void addShortcuts(Scene scene) {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int i = 0; i < model.destinations().size() && i < digits.length; i++) {
            Destination destination = model.destinations().get(i);
            shortcut(scene, new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> model.open(destination));
        }
    }

    private void shortcut(Scene scene, KeyCombination key, Runnable action) {
        scene.getAccelerators().put(key, action);
        shortcuts.put(key, action);
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

    /** Lays the command palette over the window (once), remembering where the keyboard was. */
    @FXML
    private void openPalette() {
        if (paletteLayer != null) {
            return;
        }
        Scene scene = layers.getScene();
        focusBeforePalette = scene == null ? null : scene.getFocusOwner();
        paletteLayer = palette.apply(new Actions());
        layers.getChildren().add(paletteLayer);
    }

    private void closePalette() {
        if (paletteLayer == null) {
            return;
        }
        layers.getChildren().remove(paletteLayer);
        paletteLayer = null;
        if (focusBeforePalette != null && focusBeforePalette.getScene() != null) {
            focusBeforePalette.requestFocus();
        }
        focusBeforePalette = null;
    }

    /** Reads the screen shown again: it is made anew, as when first opened. */
    private void refresh() {
        Destination shown = model.currentProperty().get();
        opened.remove(shown);
        show(shown);
    }

    /** What the palette's lines do in this window. */
    private final class Actions implements PaletteActions {
        @Override
        public void openScreen(Destination destination) {
            model.open(destination);
            Button button = buttons.get(destination);
            if (button != null) {
                button.requestFocus();
            }
        }

        @Override
        public void openStudent(long studentId) {
            model.open(Destination.STUDENTS);
            if (model.currentProperty().get() == Destination.STUDENTS) {
                studentOpener.accept(studentId);
            }
        }

        @Override
        public void signOut() {
            signOutAction.run();
        }

        @Override
        public void switchLanguage(Locale chosen) {
            language.setValue(chosen);
        }

        @Override
        public void switchTheme(Theme chosen) {
            theme.setValue(chosen);
        }

        @Override
        public void refresh() {
            ShellView.this.refresh();
        }

        @Override
        public void close() {
            closePalette();
        }
    }
}
