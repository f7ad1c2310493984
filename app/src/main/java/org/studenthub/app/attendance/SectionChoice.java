package org.studenthub.app.attendance;

import org.studenthub.core.section.SectionView;

/**
 * A section attendance can be taken for.
 *
 * @param mine true when the signed-in person teaches it (or their role is given for it alone)
 */
public record SectionChoice(SectionView section, boolean mine) {
    public long id() {
        return section.id();
    }
}
