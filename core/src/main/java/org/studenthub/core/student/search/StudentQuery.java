package org.studenthub.core.student.search;

import org.studenthub.core.student.StudentStatus;

/**
 * What to look for in the student list. {@code text} is either a student number (or the start of
 * one: any text without spaces that contains a digit), listed by number with an exact match first,
 * or name words: each word must match, as the start of a word of the name (any length) or, from
 * three characters, anywhere inside a word; accents and case are ignored.
 *
 * @param text        number or name words; null or blank lists everyone
 * @param programmeId only students of this programme, or null
 * @param sectionId   only students of this section, or null
 * @param status      only students with this status, or null
 * @param sort        list order for name queries (number queries are always by number)
 */
public record StudentQuery(String text, Long programmeId, Long sectionId, StudentStatus status, StudentSort sort) {
    public StudentQuery {
        sort = sort == null ? StudentSort.NAME : sort;
    }

    /** Everyone matching {@code text}, by name, without filters. */
    public static StudentQuery of(String text) {
        return new StudentQuery(text, null, null, null, StudentSort.NAME);
    }

    public StudentQuery inProgramme(Long id) {
        return new StudentQuery(text, id, sectionId, status, sort);
    }

    public StudentQuery inSection(Long id) {
        return new StudentQuery(text, programmeId, id, status, sort);
    }

    public StudentQuery withStatus(StudentStatus newStatus) {
        return new StudentQuery(text, programmeId, sectionId, newStatus, sort);
    }

    public StudentQuery sortedBy(StudentSort newSort) {
        return new StudentQuery(text, programmeId, sectionId, status, newSort);
    }
}
