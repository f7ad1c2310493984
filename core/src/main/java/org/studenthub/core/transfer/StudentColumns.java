package org.studenthub.core.transfer;

import java.util.List;
import org.studenthub.core.transfer.csv.Column;
import org.studenthub.core.transfer.csv.ColumnSet;

/** The columns of a students file, shared by import and export (documented in docs/howto/import-csv.md). */
public final class StudentColumns {
    public static final String NUMBER = "student_number";
    public static final String GIVEN = "given_name";
    public static final String FAMILY = "family_name";
    public static final String PREFERRED = "preferred_name";
    public static final String BIRTH = "date_of_birth";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String ADDRESS = "address_line";
    public static final String CITY = "city";
    public static final String POSTAL = "postal_code";
    public static final String COUNTRY = "country_code";
    public static final String STATUS = "status";
    public static final String ADMISSION = "admission_date";
    public static final String PROGRAMME = "programme";
    public static final String YEAR = "academic_year";
    public static final String SECTION = "section";

    /** Every column, in export order. */
    public static final ColumnSet SET = new ColumnSet(List.of(
            Column.required(NUMBER, "matricola", "student_no", "student_id", "number"),
            Column.required(GIVEN, "first_name", "nome", "given_names"),
            Column.required(FAMILY, "last_name", "surname", "cognome"),
            Column.optional(PREFERRED, "nickname", "known_as"),
            Column.optional(BIRTH, "birth_date", "dob", "data_di_nascita", "data_nascita"),
            Column.optional(EMAIL, "e_mail", "mail"),
            Column.optional(PHONE, "telephone", "telefono", "mobile"),
            Column.optional(ADDRESS, "address", "indirizzo"),
            Column.optional(CITY, "town", "citta", "città", "comune"),
            Column.optional(POSTAL, "postcode", "zip", "zip_code", "cap"),
            Column.optional(COUNTRY, "country", "nazione", "paese"),
            Column.optional(STATUS, "stato"),
            Column.required(ADMISSION, "admitted_on", "data_iscrizione", "data_ammissione"),
            Column.required(PROGRAMME, "programme_code", "program", "corso_di_studio", "corso"),
            Column.optional(YEAR, "anno_accademico", "year"),
            Column.optional(SECTION, "section_code", "class", "classe", "sezione")));

    private StudentColumns() {}
}
