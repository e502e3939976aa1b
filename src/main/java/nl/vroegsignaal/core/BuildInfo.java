package nl.vroegsignaal.core;

/** The version of this build, read from the jar manifest (or "dev" when run from classes). */
public final class BuildInfo {
    private BuildInfo() {
    }

    public static String version() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
