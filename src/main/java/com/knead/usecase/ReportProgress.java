package com.knead.usecase;

/**
 * How far a report that reads many days has got, and whether the person waiting for it has
 * cancelled it. Asked from the thread doing the work, between days.
 */
public interface ReportProgress {

    /** No one is watching: nothing is told and nothing cancels. */
    ReportProgress NONE = new ReportProgress() {
        @Override
        public void done(int days, int of) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code days} of the {@code of} days in the report are read. */
    void done(int days, int of);

    /** True once the report should stop; it then stops before the next day and writes nothing. */
    boolean cancelled();
}
