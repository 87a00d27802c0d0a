package org.mailsim.web;

/** The version written into the jar's manifest at build time ("dev" when run from classes). */
public final class Version {
    private Version() { }

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }
}
