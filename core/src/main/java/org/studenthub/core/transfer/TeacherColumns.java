package org.studenthub.core.transfer;

import java.util.List;
import org.studenthub.core.transfer.csv.Column;
import org.studenthub.core.transfer.csv.ColumnSet;

/** The columns of a teachers file, shared by import and export. */
public final class TeacherColumns {
    public static final String NUMBER = "staff_number";
    public static final String GIVEN = "given_name";
    public static final String FAMILY = "family_name";
    public static final String TITLE = "title";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String DEPARTMENT = "department";
    public static final String STATUS = "status";
    public static final String HIRED = "hired_on";

    /** Every column, in export order. */
    public static final ColumnSet SET = new ColumnSet(List.of(
            Column.required(NUMBER, "staff_no", "staff_id", "employee_number", "matricola", "number"),
            Column.required(GIVEN, "first_name", "nome", "given_names"),
            Column.required(FAMILY, "last_name", "surname", "cognome"),
            Column.optional(TITLE, "titolo", "honorific"),
            Column.optional(EMAIL, "e_mail", "mail"),
            Column.optional(PHONE, "telephone", "telefono", "mobile"),
            Column.required(DEPARTMENT, "department_code", "dept", "dipartimento"),
            Column.optional(STATUS, "stato"),
            Column.optional(HIRED, "hire_date", "hired", "data_assunzione")));

    private TeacherColumns() {}
}
