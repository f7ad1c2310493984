package org.studenthub.core.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.studenthub.core.common.Messages;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.common.ValidationException.FieldProblem;

/**
 * What the demo generator builds. Validated on construction.
 *
 * @param students         students per college, 100 to 1,000,000
 * @param colleges         how many colleges, 1 to 20; they alternate Italian and English
 * @param seed             seed of every random choice: the same options give the same data
 * @param firstCollegeCode code of the first college; the next ones append 2, 3, ... ("DEMO", "DEMO2")
 */
public record DemoOptions(int students, int colleges, long seed, String firstCollegeCode) {
    public static final int MIN_STUDENTS = 100;
    public static final int MAX_STUDENTS = 1_000_000;
    public static final int MAX_COLLEGES = 20;
    public static final long DEFAULT_SEED = 20_260_901L;
    public static final String DEFAULT_CODE = "DEMO";
    private static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9_-]{1,29}";

    public DemoOptions {
        firstCollegeCode = firstCollegeCode == null ? DEFAULT_CODE : firstCollegeCode.strip().toUpperCase(Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        if (students < MIN_STUDENTS || students > MAX_STUDENTS) {
            problems.add(new FieldProblem("students",
                    Messages.get("demo.students.range", students, MIN_STUDENTS, MAX_STUDENTS)));
        }
        if (colleges < 1 || colleges > MAX_COLLEGES) {
            problems.add(new FieldProblem("colleges", Messages.get("demo.colleges.range", colleges, MAX_COLLEGES)));
        }
        if (!firstCollegeCode.matches(CODE_PATTERN)) {
            problems.add(new FieldProblem("firstCollegeCode",
                    Messages.get("demo.code.pattern", firstCollegeCode)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** One college of {@code students} students, default seed and code. */
    public static DemoOptions ofStudents(int students) {
        return new DemoOptions(students, 1, DEFAULT_SEED, DEFAULT_CODE);
    }

    /** Code of the college with the given 0-based index. */
    public String collegeCode(int index) {
        return index == 0 ? firstCollegeCode : firstCollegeCode + (index + 1);
    }

    /** Every college code this run would create, in order. */
    public List<String> collegeCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < colleges; i++) {
            codes.add(collegeCode(i));
        }
        return codes;
    }
}
