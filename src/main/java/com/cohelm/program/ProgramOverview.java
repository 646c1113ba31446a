package com.cohelm.program;

import java.util.List;

/** Everything the program page shows, read with one access check. */
public record ProgramOverview(ProgramDetails details, List<ProgramActivity> recentActivity) {
}
