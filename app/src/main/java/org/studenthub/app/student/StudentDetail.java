package org.studenthub.app.student;

import java.util.List;
import org.studenthub.core.achievement.AchievementView;
import org.studenthub.core.achievement.StudentPoints;
import org.studenthub.core.student.GuardianView;
import org.studenthub.core.student.StudentDocumentView;
import org.studenthub.core.student.StudentView;

/** Everything the student detail shows, read together in one background call. */
record StudentDetail(StudentView student, List<GuardianView> guardians, List<StudentDocumentView> documents,
                     List<AchievementView> achievements, StudentPoints points) {}
