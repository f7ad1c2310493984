package org.studenthub.app.palette;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.fx.Languages;
import org.studenthub.app.fx.Theme;
import org.studenthub.app.palette.PaletteItem.Kind;
import org.studenthub.app.session.Session;
import org.studenthub.app.shell.Destination;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.security.Permission;
import org.studenthub.core.student.search.StudentQuery;
import org.studenthub.core.student.search.StudentRow;

/**
 * The command palette: what was typed, and the lines that match it: the screens the role may open, students
 * found by number or name (the first {@value #STUDENT_LIMIT}, read in the background; answers to older text are
 * dropped), and a few commands. One line is selected; choosing it closes the palette and does what it says.
 */
public final class PaletteViewModel {
    static final int STUDENT_LIMIT = 8;

    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final List<Destination> destinations;
    private final Theme theme;
    private final PaletteActions actions;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<PaletteItem> items = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private List<PaletteItem> students = List.of();
    private long generation;

    /**
     * @param destinations the screens the signed-in role may open (the shell's sidebar)
     * @param theme        the theme in use, so that the theme command offers the other one
     */
    public PaletteViewModel(Session session, BackgroundTasks tasks, Locale locale, List<Destination> destinations,
                            Theme theme, PaletteActions actions) {
        this.session = session;
        this.tasks = tasks;
        this.locale = locale;
        this.destinations = List.copyOf(destinations);
        this.theme = theme;
        this.actions = actions;
    }

    /** Lists what matches the text now: screens and commands at once, students when the database answers. */
    public void search() {
        long mine = ++generation;
        String typed = typed();
        students = List.of();
        message.set("");
        show(typed);
        if (typed.isEmpty() || !session.may(Permission.STUDENT_READ)) {
            searching.set(false);
            showNothingFound(typed);
            return;
        }
        searching.set(true);
        tasks.wrap(() -> session.services().studentSearch().search(session.college(), StudentQuery.of(typed),
                        new PageRequest(STUDENT_LIMIT, null)).items())
                .onSuccess(rows -> {
                    if (mine == generation) {
                        searching.set(false);
                        students = rows.stream().limit(STUDENT_LIMIT).map(this::studentItem).toList();
                        show(typed);
                        showNothingFound(typed);
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        searching.set(false);
                        message.set(ErrorText.of(locale, error));
                    }
                })
                .start();
    }

    private void show(String typed) {
        PaletteItem was = selectedItem();
        List<PaletteItem> shown = new ArrayList<>();
        screens().stream().filter(item -> matches(item.label(), typed)).forEach(shown::add);
        shown.addAll(students);
        commands().stream().filter(item -> matches(item.label(), typed)).forEach(shown::add);
        items.setAll(shown);
        int keep = was == null ? -1 : indexOf(was);
        selected.set(keep >= 0 ? keep : (items.isEmpty() ? -1 : 0));
    }

    private void showNothingFound(String typed) {
        message.set(items.isEmpty() ? I18n.tr(locale, "client.palette.nothing", typed) : "");
    }

    private int indexOf(PaletteItem item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).sameAs(item)) {
                return i;
            }
        }
        return -1;
    }

    private List<PaletteItem> screens() {
        List<PaletteItem> screens = new ArrayList<>();
        for (int i = 0; i < destinations.size(); i++) {
            Destination destination = destinations.get(i);
            String detail = i < 9 ? I18n.tr(locale, "client.palette.screen.shortcut", i + 1)
                    : I18n.tr(locale, "client.palette.screen");
            screens.add(new PaletteItem(Kind.SCREEN, I18n.tr(locale, destination.labelKey()), detail,
                    destination.icon(), a -> a.openScreen(destination)));
        }
        return screens;
    }

    private PaletteItem studentItem(StudentRow row) {
        String name = row.familyName() + ", " + row.givenName()
                + (row.preferredName() == null || row.preferredName().isBlank() ? "" : " (" + row.preferredName() + ")");
        String status = I18n.tr(locale, "client.student.status." + row.status().name().toLowerCase(Locale.ROOT));
        return new PaletteItem(Kind.STUDENT, name, I18n.tr(locale, "client.palette.student", row.studentNumber(), status),
                "mdmz-person", a -> a.openStudent(row.id()));
    }

    private List<PaletteItem> commands() {
        Locale otherLanguage = Languages.SUPPORTED.get((Languages.SUPPORTED.indexOf(Languages.closest(locale)) + 1)
                % Languages.SUPPORTED.size());
        String languageName = otherLanguage.getDisplayLanguage(otherLanguage);
        languageName = languageName.substring(0, 1).toUpperCase(otherLanguage) + languageName.substring(1);
        Theme otherTheme = theme.dark() ? Theme.LIGHT : Theme.DARK;
        String command = I18n.tr(locale, "client.palette.command");
        return List.of(
                new PaletteItem(Kind.COMMAND, I18n.tr(locale, "client.palette.refresh"), command, "mdmz-refresh",
                        PaletteActions::refresh),
                new PaletteItem(Kind.COMMAND, I18n.tr(locale, "client.palette.language", languageName), command,
                        "mdmz-translate", a -> a.switchLanguage(otherLanguage)),
                new PaletteItem(Kind.COMMAND, I18n.tr(locale, otherTheme == Theme.DARK ? "client.palette.theme.dark"
                        : "client.palette.theme.light"), command,
                        otherTheme == Theme.DARK ? "mdmz-nights_stay" : "mdmz-wb_sunny", a -> a.switchTheme(otherTheme)),
                new PaletteItem(Kind.COMMAND, I18n.tr(locale, "client.palette.signout"), command, "mdal-exit_to_app",
                        PaletteActions::signOut));
    }

    /** Moves the selection by {@code step} lines, wrapping round at either end. */
    public void move(int step) {
        if (!items.isEmpty()) {
            int from = Math.max(selected.get(), 0);
            selected.set(Math.floorMod(from + step, items.size()));
        }
    }

    public void select(int index) {
        if (index >= 0 && index < items.size()) {
            selected.set(index);
        }
    }

    /** Closes the palette and does what the selected line says; nothing when no line is selected. */
    public void runSelected() {
        PaletteItem item = selectedItem();
        if (item != null) {
            generation++;
            actions.close();
            item.action().accept(actions);
        }
    }

    /** Closes the palette without doing anything; a late answer is dropped. */
    public void close() {
        generation++;
        actions.close();
    }

    public PaletteItem selectedItem() {
        int index = selected.get();
        return index >= 0 && index < items.size() ? items.get(index) : null;
    }

    private String typed() {
        return query.get() == null ? "" : query.get().strip();
    }

    private static boolean matches(String label, String typed) {
        return typed.isEmpty() || fold(label).contains(fold(typed));
    }

    /** Lower case without accents, so that "perche" finds "Perché". */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<PaletteItem> items() {
        return items;
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
