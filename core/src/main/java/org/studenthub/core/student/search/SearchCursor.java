package org.studenthub.core.student.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.studenthub.core.common.Messages;
import org.studenthub.core.common.ValidationException;

/** Keyset position: the sort key and id of the last row shown, opaque to callers. */
record SearchCursor(StudentSort sort, String key, long id) {

    String encode() {
        String raw = sort.name().charAt(1) + Long.toString(id) + ":" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes {@code text}, which must have been made for the same sort order. */
    static SearchCursor decode(String text, StudentSort expected) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (raw.isEmpty() || raw.charAt(0) != expected.name().charAt(1) || colon < 2) {
                throw invalid();
            }
            return new SearchCursor(expected, raw.substring(colon + 1), Long.parseLong(raw.substring(1, colon)));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return new ValidationException(List.of(new ValidationException.FieldProblem("after",
                Messages.get("student.search.cursor_invalid"))));
    }
}
