package org.studenthub.core.audit;

import java.net.InetAddress;

/**
 * The device audit rows name for writes from this computer: {@code studenthub@HOST}. The embedded database
 * records it as it is; on PostgreSQL it is the connection's application_name, to which the server adds the
 * client address.
 */
public final class ThisComputer {
    /** At most 63 characters, PostgreSQL's limit for application_name. */
    public static final String NAME = name();

    private ThisComputer() {}

    private static String name() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | SecurityException e) {
            host = "localhost";
        }
        String name = "studenthub@" + host;
        return name.length() > 63 ? name.substring(0, 63) : name;
    }
}
