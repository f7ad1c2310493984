package org.studenthub.app.signin;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.studenthub.app.fx.Languages;
import org.studenthub.app.session.ConnectionProfile;

/** Binds the sign-in window to its {@link SignInViewModel}; no logic of its own. */
public final class SignInView {
    private final SignInViewModel model;
    private final Locale locale;
    private final Consumer<Locale> changeLanguage;

    @FXML
    private ChoiceBox<Locale> language;
    @FXML
    private RadioButton thisComputer;
    @FXML
    private RadioButton collegeServer;
    @FXML
    private VBox embeddedBox;
    @FXML
    private GridPane serverBox;
    @FXML
    private TextField folder;
    @FXML
    private TextField host;
    @FXML
    private TextField port;
    @FXML
    private TextField database;
    @FXML
    private TextField login;
    @FXML
    private PasswordField password;
    @FXML
    private Button signIn;
    @FXML
    private Button testConnection;
    @FXML
    private Button loadDemo;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label message;
    @FXML
    private ListView<String> demoAccounts;

    public SignInView(SignInViewModel model, Locale locale, Consumer<Locale> changeLanguage) {
        this.model = model;
        this.locale = locale;
        this.changeLanguage = changeLanguage;
    }

    @FXML
    private void initialize() {
        Languages.setUp(language, locale, changeLanguage);
        boolean server = model.kindProperty().get() == ConnectionProfile.Kind.SERVER;
        (server ? collegeServer : thisComputer).setSelected(true);
        thisComputer.selectedProperty().addListener((o, was, selected) -> model.kindProperty()
                .set(selected ? ConnectionProfile.Kind.EMBEDDED : ConnectionProfile.Kind.SERVER));
        showWhen(embeddedBox, thisComputer.selectedProperty().get());
        showWhen(serverBox, !thisComputer.selectedProperty().get());
        thisComputer.selectedProperty().addListener((o, was, selected) -> {
            showWhen(embeddedBox, selected);
            showWhen(serverBox, !selected);
            showWhen(testConnection, !selected);
        });
        showWhen(testConnection, server);

        folder.textProperty().bindBidirectional(model.folderProperty());
        host.textProperty().bindBidirectional(model.hostProperty());
        port.textProperty().bindBidirectional(model.portProperty());
        database.textProperty().bindBidirectional(model.databaseProperty());
        login.textProperty().bindBidirectional(model.loginProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());

        signIn.disableProperty().bind(model.canSignIn().not());
        testConnection.disableProperty().bind(model.busyProperty());
        loadDemo.visibleProperty().bind(model.demoOfferedProperty());
        loadDemo.managedProperty().bind(model.demoOfferedProperty());
        loadDemo.disableProperty().bind(model.busyProperty());
        busy.visibleProperty().bind(model.busyProperty());
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((o, was, error) -> {
            message.getStyleClass().remove("error");
            if (error) {
                message.getStyleClass().add("error");
            }
        });
        demoAccounts.setItems(model.demoAccounts());
        demoAccounts.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.demoAccounts()));
        demoAccounts.managedProperty().bind(demoAccounts.visibleProperty());
    }

    private static void showWhen(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    @FXML
    private void signIn() {
        model.signIn();
    }

    @FXML
    private void testConnection() {
        model.testConnection();
    }

    @FXML
    private void loadDemo() {
        model.loadDemo();
    }

    /** Puts the keyboard in the first empty field. */
    public void focusFirstField() {
        (login.getText().isBlank() ? login : password).requestFocus();
    }
}
