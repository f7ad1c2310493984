package org.studenthub.core.achievement;

import java.time.LocalDate;

public record EventView(long id, String name, LocalDate startsOn, LocalDate endsOn, long organiserUserId,
                        String status) {
}
