package vn.kdcl.cli;

import picocli.CommandLine;

class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = KdclCommand.class.getPackage().getImplementationVersion();
        return new String[] {"kdcl-hub " + (v == null ? "dev" : v)};
    }
}
