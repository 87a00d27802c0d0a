package org.mailsim.web;

import org.mailsim.cli.BuildInfo;

/** The version and commit this build was made from, as the pages' footer and serve's banner show it (see {@link BuildInfo}). */
public final class Version {
    private Version() { }

    public static String current() {
        return BuildInfo.current().describe();
    }
}
