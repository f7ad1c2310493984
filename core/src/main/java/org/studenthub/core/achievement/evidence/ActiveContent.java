package org.studenthub.core.achievement.evidence;

import java.util.Locale;

/**
 * Something in a PDF that can act when the file is opened or clicked. It is shown to the approver, who decides;
 * such files are flagged, not refused, because genuine certificates sometimes carry links or form scripts.
 */
public enum ActiveContent {
    /** JavaScript: in the document's name tree, an open action, or an annotation, field or page action. */
    JAVASCRIPT,
    /** A launch action, which asks the reader to start a program or open another file. */
    LAUNCH_ACTION,
    /** A file embedded in the PDF (an attachment), which may be of any type. */
    EMBEDDED_FILE,
    /** A link that opens a web address. */
    WEB_LINK,
    /** A form that sends its fields to a web address. */
    FORM_SUBMISSION;

    /** Key of the text the approver reads, e.g. {@code evidence.active.javascript}. */
    public String messageKey() {
        return "evidence.active." + name().toLowerCase(Locale.ROOT);
    }
}
