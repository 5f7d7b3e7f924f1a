package com.knead.app;

import picocli.CommandLine;

/** Reads the version from the jar's manifest (set by the build). */
final class KneadVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"Knead " + (version == null ? "(development build)" : version)};
    }
}
