package com.cohelm.program.ui;

import com.cohelm.base.ui.Routes;
import org.springframework.modulith.NamedInterface;

/**
 * The addresses of the program pages that other modules link to (the overview is every feature's way back).
 * Its views stay package-private: a page of another module links here by type, so a renamed route fails to
 * compile. Only modules that may depend on program use it (the lower module never knows a higher one's pages).
 */
@NamedInterface("pages")
public final class ProgramPages {

    private ProgramPages() {
    }

    /** The program overview, {@code programs/:programId}. */
    public static String program(long programId) {
        return Routes.address(ProgramView.class, programId);
    }
}
