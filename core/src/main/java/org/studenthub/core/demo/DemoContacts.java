package org.studenthub.core.demo;

import java.util.Locale;
import java.util.SplittableRandom;
import org.studenthub.core.common.NameKeys;

/**
 * E-mail addresses, phone numbers and postal addresses for demo people. Addresses use the
 * reserved {@code .example} domain and phone numbers the national mobile formats, so nothing
 * reaches a real person.
 */
final class DemoContacts {
    private DemoContacts() {}

    static String studentEmail(DemoNames.Person person, long ordinal, String collegeCode) {
        return local(person) + "." + ordinal + "@students." + collegeCode.toLowerCase(Locale.ROOT) + ".example";
    }

    static String staffEmail(DemoNames.Person person, int ordinal, DemoLayout layout) {
        return local(person) + (ordinal + 1) + "@staff.college" + (layout.collegeIndex + 1) + ".example";
    }

    static String personalEmail(DemoNames.Person person, SplittableRandom random) {
        return local(person) + random.nextInt(100) + "@mail.example";
    }

    static String phone(SplittableRandom random, boolean italian) {
        if (italian) {
            return String.format("+39 3%02d %03d %04d", random.nextInt(20, 100), random.nextInt(1000),
                    random.nextInt(10_000));
        }
        return String.format("+44 7%03d %06d", random.nextInt(1000), random.nextInt(1_000_000));
    }

    static String addressLine(SplittableRandom random, DemoNames names, boolean italian) {
        int number = 1 + random.nextInt(150);
        String street = names.street(random);
        return italian ? street + ", " + number : number + " " + street;
    }

    private static String local(DemoNames.Person person) {
        return (NameKeys.fold(person.given()) + "." + NameKeys.fold(person.family())).replace(" ", "");
    }
}
