package org.studenthub.core.transfer;

import org.studenthub.core.transfer.csv.Cells;
import org.studenthub.core.transfer.jdbc.CodeMaps;

/** Resolves a section code: within the row's academic_year, or the college's current year. */
final class Sections {
    private Sections() {}

    /** The section's id, or null when the cell is empty or bad (then a problem is recorded). */
    static Long resolve(Cells cells, CodeMaps codes, Long programmeId) {
        String code = cells.text(StudentColumns.SECTION, 32, false);
        Long year = year(cells, codes, code != null);
        if (code == null || year == null) {
            return null;
        }
        CodeMaps.Section section = codes.section(year, code);
        if (section == null) {
            cells.error(StudentColumns.SECTION, "import.cell.unknown_section", code,
                    cells.raw(StudentColumns.YEAR) == null ? "-" : cells.raw(StudentColumns.YEAR));
            return null;
        }
        if (programmeId != null && section.programmeId() != programmeId) {
            cells.error(StudentColumns.SECTION, "import.cell.section_programme", code,
                    cells.raw(StudentColumns.PROGRAMME));
            return null;
        }
        return section.id();
    }

    /** The academic year of the row (column, else current); null with a problem when needed but missing. */
    static Long year(Cells cells, CodeMaps codes, boolean needed) {
        if (cells.raw(StudentColumns.YEAR) != null) {
            return cells.code(StudentColumns.YEAR, codes.academicYears(), false);
        }
        if (needed && codes.currentYear() == null) {
            cells.error(StudentColumns.YEAR, "import.cell.no_current_year");
        }
        return codes.currentYear();
    }
}
