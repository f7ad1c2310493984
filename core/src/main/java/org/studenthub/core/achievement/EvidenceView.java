package org.studenthub.core.achievement;

import java.util.List;

/**
 * An evidence file as approvers see it.
 *
 * @param activeContent what a PDF can do when opened (JavaScript, launch actions, embedded files): approvers
 *                      are warned; empty for clean files and images
 */
public record EvidenceView(long id, String fileName, String mediaType, long sizeBytes, String sha256,
                           boolean hasPreview, List<String> activeContent) {
}
