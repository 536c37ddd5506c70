package org.broadsheet.export;

/** The version exports name as their producer: the jar manifest's, or "dev" when run from classes. */
public final class BroadsheetVersion {
    public static final String NAME = "broadsheet";

    private BroadsheetVersion() {}

    public static String version() {
        String v = BroadsheetVersion.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    /** For example {@code broadsheet 0.1.0}. */
    public static String producer() {
        return NAME + " " + version();
    }
}
