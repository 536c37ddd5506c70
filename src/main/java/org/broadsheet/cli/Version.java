package org.broadsheet.cli;

import org.broadsheet.BuildInfo;
import picocli.CommandLine;

public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"broadsheet " + BuildInfo.version()};
    }
}
