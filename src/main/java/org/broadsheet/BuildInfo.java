package org.broadsheet;

/** What this build of broadsheet is. */
public final class BuildInfo {
    public static final String NAME = "broadsheet";

    private BuildInfo() {}

    /** For example {@code broadsheet 0.1.0}: how exports name their producer. */
    public static String producer() {
        return NAME + " " + version();
    }

    /** The version in the jar's manifest, or "dev" when run from classes. */
    public static String version() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
