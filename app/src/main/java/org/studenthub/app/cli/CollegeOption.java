package org.studenthub.app.cli;

import java.util.List;
import org.studenthub.app.AppServices;
import org.studenthub.core.college.CollegeView;
import org.studenthub.core.tenancy.CollegeContext;
import picocli.CommandLine.Option;

/** The college a command works in: --college CODE, or the only college when there is just one. */
final class CollegeOption {
    @Option(names = {"-c", "--college"}, paramLabel = "CODE",
            description = "College code (env STUDENTHUB_COLLEGE). Needed when the database holds several colleges.")
    String code;

    CollegeContext resolve(AppServices services, CliRuntime runtime, String actor) {
        String wanted = code != null ? code : runtime.env("STUDENTHUB_COLLEGE");
        if (wanted != null && !wanted.isBlank()) {
            return CollegeContext.system(services.colleges().getByCode(wanted).id(), actor);
        }
        List<CollegeView> colleges = services.colleges().list();
        if (colleges.size() == 1) {
            return CollegeContext.system(colleges.get(0).id(), actor);
        }
        if (colleges.isEmpty()) {
            throw new InvalidInputException("cli.college.none");
        }
        String codes = String.join(", ", colleges.stream().map(CollegeView::code).toList());
        throw new InvalidInputException("cli.college.required", codes);
    }
}
