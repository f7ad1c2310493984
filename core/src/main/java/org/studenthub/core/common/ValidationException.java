package org.studenthub.core.common;

import java.util.List;

/** Input failed validation; every problem is listed with the field it concerns. */
public class ValidationException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super("error.validation", problems.size(), summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summary(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ": " + p.message())
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    /** One invalid field and why, in the language it was validated in. */
    public record FieldProblem(String field, String message) {}
}
