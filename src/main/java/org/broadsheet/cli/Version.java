package org.broadsheet.cli;

import picocli.CommandLine;

public final class Version implements CommandLine.IVersionProvider {
    /** The version in the jar's manifest, or "dev" when run from classes. */
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"broadsheet " + current()};
    }
}
