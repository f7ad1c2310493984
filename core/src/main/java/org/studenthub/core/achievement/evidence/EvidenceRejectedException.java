package org.studenthub.core.achievement.evidence;

import org.studenthub.core.common.StudentHubException;

/**
 * An evidence file was refused at upload. The message names the file, what is wrong and what to do; its key tells
 * which check failed ({@code evidence.file.*}, {@code evidence.achievement.*}, {@code evidence.type.*},
 * {@code evidence.image.*}, {@code evidence.pdf.*}).
 */
public class EvidenceRejectedException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    public EvidenceRejectedException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    public EvidenceRejectedException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause, args);
    }
}
