package org.studenthub.core.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.college.CreditSystem;

/**
 * The shape of one demo college, computed before anything is written: programmes, sections and
 * which students (by ordinal 1..n) sit in which section, teachers per department, calendar.
 * Students are spread evenly over every (programme, year of study); each such cell gets
 * ceil(n / {@value #SECTION_SIZE}) sections. Everything here is small (at most a few tens of
 * thousands of sections), whatever the number of students.
 */
final class DemoLayout {
    static final int SECTION_SIZE = 40;
    static final int STUDENTS_PER_TEACHER = 20;
    static final int COURSES_PER_PROGRAMME = 6;
    static final int DEPARTMENTS = 8;

    /** A programme of the catalogue with its department index and level. */
    record Programme(int index, int department, String code, String name, String degree, boolean bachelor,
            int years, int credits, List<String> courseTitles) {}

    /** A section of the current year holding students {@code firstStudent .. firstStudent + size - 1}. */
    record Section(int index, int programme, int yearOfStudy, String code, String name, long firstStudent,
            int size) {}

    final int collegeIndex;
    final boolean italian;
    final CreditSystem creditSystem;
    final int students;
    final LocalDate currentYearStart;
    final List<DemoCatalog.Department> departments;
    final List<Programme> programmes = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final int[] teachersPerDepartment = new int[DEPARTMENTS];
    final int[] teacherStartPerDepartment = new int[DEPARTMENTS];
    int teachers;

    DemoLayout(int collegeIndex, int students, LocalDate today) {
        this.collegeIndex = collegeIndex;
        this.italian = collegeIndex % 2 == 0;
        this.creditSystem = italian ? CreditSystem.CFU : (collegeIndex % 4 == 1 ? CreditSystem.ECTS : CreditSystem.CREDITS);
        this.students = students;
        int startYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        this.currentYearStart = LocalDate.of(startYear, 9, 1);
        this.departments = DemoCatalog.departments(italian);
        planProgrammes();
        planSections();
        planTeachers();
    }

    String locale() {
        return italian ? "it" : "en";
    }

    String timeZone() {
        return italian ? "Europe/Rome" : "Europe/London";
    }

    private void planProgrammes() {
        for (int d = 0; d < DEPARTMENTS; d++) {
            DemoCatalog.Department department = departments.get(d);
            int count = 2 + d % 3;
            for (int p = 0; p < count; p++) {
                boolean bachelor = p % 2 == 0;
                String name = department.programmes().get(p);
                String code = department.code() + "-" + (bachelor ? "B" : "M") + (p / 2 + 1);
                List<String> titles = new ArrayList<>();
                for (int c = 0; c < COURSES_PER_PROGRAMME; c++) {
                    titles.add(department.courses().get((p * 2 + c) % department.courses().size()));
                }
                programmes.add(new Programme(programmes.size(), d, code, name, degree(name, bachelor), bachelor,
                        bachelor ? 3 : 2, programmeCredits(bachelor), titles));
            }
        }
    }

    private String degree(String name, boolean bachelor) {
        if (italian) {
            return (bachelor ? "Laurea Triennale in " : "Laurea Magistrale in ") + name;
        }
        return (bachelor ? "BSc (Hons) " : "MSc ") + name;
    }

    private int programmeCredits(boolean bachelor) {
        if (creditSystem == CreditSystem.CREDITS) {
            return bachelor ? 360 : 180;
        }
        return bachelor ? 180 : 120;
    }

    /** Credits of one course in this college's credit system. */
    int courseCredits(int courseIndex) {
        int[] choices = creditSystem == CreditSystem.CREDITS ? new int[] {15, 20, 30} : new int[] {6, 9, 12};
        return choices[courseIndex % choices.length];
    }

    private void planSections() {
        List<int[]> cells = new ArrayList<>();
        for (Programme programme : programmes) {
            for (int year = 1; year <= programme.years(); year++) {
                cells.add(new int[] {programme.index(), year});
            }
        }
        long nextStudent = 1;
        for (int c = 0; c < cells.size(); c++) {
            int cellStudents = students / cells.size() + (c < students % cells.size() ? 1 : 0);
            int sectionCount = Math.max(1, (cellStudents + SECTION_SIZE - 1) / SECTION_SIZE);
            Programme programme = programmes.get(cells.get(c)[0]);
            int year = cells.get(c)[1];
            for (int s = 0; s < sectionCount; s++) {
                int size = cellStudents / sectionCount + (s < cellStudents % sectionCount ? 1 : 0);
                String letter = sectionLetter(s);
                String code = programme.code() + "-" + year + letter;
                String name = programme.name() + (italian ? ", " + year + "° anno, sezione " : ", year " + year
                        + ", group ") + letter;
                sections.add(new Section(sections.size(), programme.index(), year, code, name, nextStudent, size));
                nextStudent += size;
            }
        }
    }

    private static String sectionLetter(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index;
        do {
            letters.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return letters.toString();
    }

    private void planTeachers() {
        long[] perDepartment = new long[DEPARTMENTS];
        for (Section section : sections) {
            perDepartment[programmes.get(section.programme()).department()] += section.size();
        }
        int start = 0;
        for (int d = 0; d < DEPARTMENTS; d++) {
            teachersPerDepartment[d] = (int) Math.max(3, (perDepartment[d] + STUDENTS_PER_TEACHER - 1)
                    / STUDENTS_PER_TEACHER);
            teacherStartPerDepartment[d] = start;
            start += teachersPerDepartment[d];
        }
        teachers = start;
    }

    /** 0-based teacher ordinal of the {@code n}-th teacher (wrapping) of a department. */
    int teacherOf(int department, long n) {
        return teacherStartPerDepartment[department] + (int) Math.floorMod(n, (long) teachersPerDepartment[department]);
    }

    LocalDate yearStart(int yearsBack) {
        return currentYearStart.minusYears(yearsBack);
    }

    /** Term {@code term} (1 or 2) of the year {@code yearsBack} years before the current one. */
    LocalDate termStart(int yearsBack, int term) {
        return term == 1 ? yearStart(yearsBack).withDayOfMonth(15) : yearStart(yearsBack).plusMonths(5);
    }

    LocalDate termEnd(int yearsBack, int term) {
        return term == 1 ? yearStart(yearsBack).plusMonths(5).minusDays(1) : yearStart(yearsBack).plusMonths(10).minusDays(1);
    }

    /** The term of the current year whose attendance is generated: the latest one started by {@code today}. */
    int attendanceTerm(LocalDate today) {
        return today.isBefore(termStart(0, 2)) ? 1 : 2;
    }

    /**
     * The last ten weekdays of the attendance term up to the day before {@code today}; when the
     * term has not run ten teaching days yet, its first ten weekdays.
     */
    List<LocalDate> attendanceDays(LocalDate today, int count) {
        int term = attendanceTerm(today);
        LocalDate start = termStart(0, term);
        LocalDate end = today.minusDays(1).isBefore(termEnd(0, term)) ? today.minusDays(1) : termEnd(0, term);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = end; !day.isBefore(start) && days.size() < count; day = day.minusDays(1)) {
            if (isWeekday(day)) {
                days.add(0, day);
            }
        }
        if (days.size() < count) {
            days.clear();
            for (LocalDate day = start; days.size() < count; day = day.plusDays(1)) {
                if (isWeekday(day)) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Admission date of a student in the given year of study. */
    LocalDate admission(int yearOfStudy) {
        return currentYearStart.minusYears(yearOfStudy - 1L).withDayOfMonth(15);
    }
}
