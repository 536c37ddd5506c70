package org.broadsheet;

/** What this build of broadsheet is. */
public final class BuildInfo {
    private BuildInfo() {}

    /** The version in the jar's manifest, or "dev" when run from classes. */
    public static String version() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
