package org.studenthub.app.client;

import java.nio.file.Path;
import org.studenthub.app.session.ConnectionProfile;
import org.studenthub.app.session.Session;
import org.studenthub.app.signin.SignInViewModel;

/** The connection profile and login used last, remembered in the settings (never the password). */
final class LastProfile {
    private LastProfile() {}

    static void fill(SignInViewModel model, ClientSettings settings, Path defaultFolder) {
        boolean server = settings.get("profile.kind").map("SERVER"::equals).orElse(false);
        model.kindProperty().set(server ? ConnectionProfile.Kind.SERVER : ConnectionProfile.Kind.EMBEDDED);
        model.folderProperty().set(settings.get("profile.folder").orElse(defaultFolder.toString()));
        settings.get("profile.host").ifPresent(model.hostProperty()::set);
        settings.get("profile.port").ifPresent(model.portProperty()::set);
        settings.get("profile.database").ifPresent(model.databaseProperty()::set);
        settings.get("login").ifPresent(model.loginProperty()::set);
    }

    static void remember(Session session, ClientSettings settings) {
        ConnectionProfile profile = session.profile();
        settings.put("profile.kind", profile.kind().name());
        if (profile.embedded()) {
            settings.put("profile.folder", profile.folder().toString());
        } else {
            settings.put("profile.host", profile.host());
            settings.put("profile.port", Integer.toString(profile.port()));
            settings.put("profile.database", profile.database());
        }
        settings.put("login", session.login());
    }
}
