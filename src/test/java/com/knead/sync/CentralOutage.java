package com.knead.sync;

/**
 * The tests' central PostgreSQL stopped the hard way ({@code pg_ctl stop -m immediate}, as a crash
 * or a pulled plug would) and started again, for tests outside this package (the office's GUI test).
 */
public final class CentralOutage {

    private CentralOutage() {
    }

    public static void stop() {
        CentralPostgres.cluster().stopImmediately();
    }

    public static void start() {
        CentralPostgres.cluster().start();
    }
}
