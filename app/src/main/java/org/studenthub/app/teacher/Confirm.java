package org.studenthub.app.teacher;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.studenthub.app.I18n;

/** Asks before a change people cannot simply type back (a status change, an ending), in the client's language. */
final class Confirm {
    private Confirm() {}

    /** Shows {@code question}; true when the person chose the {@code yesKey} button (Esc or Cancel: false). */
    static boolean ask(Node owner, Locale locale, String question, String yesKey) {
        ButtonType yes = new ButtonType(I18n.tr(locale, yesKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(I18n.tr(locale, "client.teacher.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.setTitle(I18n.tr(locale, "client.teacher.confirm_title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("confirm");
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getRoot().getStylesheets());
        }
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
