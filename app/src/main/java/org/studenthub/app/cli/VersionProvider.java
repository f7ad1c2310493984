package org.studenthub.app.cli;

import org.studenthub.app.AppDirectories;
import picocli.CommandLine.IVersionProvider;

/** Prints the StudentHub version, the Java runtime and where data and logs are kept. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        AppDirectories directories = AppDirectories.forCurrentUser();
        return new String[] {
            "StudentHub " + (version == null ? "development build" : version),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
            "Data folder: " + directories.data(),
            "Log folder:  " + directories.logs()
        };
    }
}
