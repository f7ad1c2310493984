package org.studenthub.app.palette;

import java.util.Locale;
import org.studenthub.app.fx.Theme;
import org.studenthub.app.shell.Destination;

/** What the command palette can make the main window do; the shell carries it out. */
public interface PaletteActions {
    void openScreen(Destination destination);

    /** Shows the Students screen with this student's detail. */
    void openStudent(long studentId);

    void signOut();

    void switchLanguage(Locale language);

    void switchTheme(Theme theme);

    /** Reads the screen shown again from the database. */
    void refresh();

    /** Closes the palette and gives the keyboard back to where it was. */
    void close();
}
