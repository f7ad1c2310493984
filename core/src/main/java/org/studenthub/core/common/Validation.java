package org.studenthub.core.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/**
 * Bean Validation of service commands (Hibernate Validator). Messages come in the JVM's locale;
 * English and Italian texts ship ({@code ValidationMessages*.properties} for StudentHub's own).
 */
public final class Validation {
    private static final ValidatorFactory FACTORY = jakarta.validation.Validation
            .byProvider(HibernateValidator.class)
            .configure()
            .failFast(false)
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private Validation() {}

    /** Throws {@link ValidationException} listing every invalid field of {@code command}. */
    public static <T> T check(T command) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(command);
        if (!violations.isEmpty()) {
            List<ValidationException.FieldProblem> problems = violations.stream()
                    .map(v -> new ValidationException.FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(ValidationException.FieldProblem::field))
                    .toList();
            throw new ValidationException(problems);
        }
        return command;
    }

    /** The problems of one value object without throwing, e.g. for one CSV row. */
    public static <T> List<ValidationException.FieldProblem> problems(T command) {
        return VALIDATOR.validate(command).stream()
                .map(v -> new ValidationException.FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(ValidationException.FieldProblem::field))
                .toList();
    }
}
