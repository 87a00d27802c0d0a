package org.mailsim.web;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's Main-Class: checks the Java version, then starts {@link Main}. It is compiled for
 * Java 8 (its own execution in web/pom.xml), so that an older Java can load it and say in one
 * line what is wrong, instead of failing on mailsim's Java 21 classes with a raw
 * {@code UnsupportedClassVersionError}. Nothing else belongs here: every other class needs 21.
 */
public final class Launcher {
    static final int NEEDED = 21;

    private Launcher() { }

    public static void main(String[] args) throws Throwable {
        String version = System.getProperty("java.specification.version", "?");
        if (feature(version) < NEEDED) {
            System.err.println("mailsim needs Java " + NEEDED + " or newer; found " + version + " at "
                    + System.getProperty("java.home", "?") + ". Install a newer JDK (for example: sudo apt-get install openjdk-"
                    + NEEDED + "-jre-headless) and run it with that java, or use ./mailsim, which finds one.");
            System.exit(1);
        }
        try {
            Class.forName("org.mailsim.web.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // the command's own failure, not the reflection around it
        }
    }

    /** "1.8" → 8, "17" → 17, "21.0.1" → 21; 0 when it cannot be read. */
    static int feature(String specificationVersion) {
        String v = specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) end++;
        return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
    }
}
