package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.Refused;
import com.knead.domain.SalesRange;
import com.knead.domain.StaffMember;
import com.knead.usecase.ReportProgress;
import com.knead.usecase.SaveSalesRange;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The office's sales report for a range of days: the first and last day typed, the report read on a
 * worker with its progress shown and a way to cancel it, then saved as a PDF or exported as CSV. A
 * date that is not one, a range the wrong way round and a cancelled run each get a plain sentence.
 */
public final class SalesRangeController {

    /** Where the state goes: the page renders it. */
    public interface View {
        void show(State state);
    }

    /**
     * What the page shows.
     *
     * @param from      the first day as typed
     * @param to        the last day as typed
     * @param running   whether a report is being read (Cancel is offered)
     * @param daysRead  how many of {@code daysOf} days are read so far
     * @param summary   the figures of the range read last ("" until one is read)
     * @param canSave   whether there is a range read to save or export
     */
    public record State(String from, String to, boolean running, int daysRead, int daysOf, String summary,
                        boolean canSave, String suggestedName, String result, String problem) {
    }

    private static final Pattern LOOKS_LIKE_A_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final SaveSalesRange sales;
    private final Tasks tasks;
    private final Executor screen;
    private final Supplier<StaffMember> who;
    private View view = state -> { };
    private String from = "";
    private String to = "";
    private Run running;
    private int daysRead;
    private int daysOf;
    private SalesRange range;
    private String result = "";
    private String problem = "";

    /**
     * @param screen runs a piece of work on the screen's thread (the progress told from the worker
     *               is handed over through it)
     * @param who    who unlocked the office: a file saved is logged as their export
     */
    public SalesRangeController(SaveSalesRange sales, Tasks tasks, Executor screen, Supplier<StaffMember> who) {
        this.sales = sales;
        this.tasks = tasks;
        this.screen = screen;
        this.who = who;
    }

    public void attach(View newView) {
        this.view = newView;
        publish();
    }

    /** Offers this month so far, the range an owner asks for most. */
    public void load() {
        LocalDate today = sales.today();
        if (running == null && range == null) {
            from = today.withDayOfMonth(1).toString();
            to = today.toString();
        }
        publish();
    }

    /** Reads the range from {@code typedFrom} to {@code typedTo} on a worker. */
    public void run(String typedFrom, String typedTo) {
        if (running != null) {
            return;
        }
        from = typedFrom.strip();
        to = typedTo.strip();
        result = "";
        problem = "";
        LocalDate first;
        LocalDate last;
        try {
            first = day(from, "first");
            last = day(to, "last");
        } catch (Refused refused) {
            problem = refused.getMessage();
            publish();
            return;
        }
        range = null;
        daysRead = 0;
        daysOf = 0;
        Run run = new Run();
        running = run;
        publish();
        tasks.read(() -> sales.read(first, last, run), read -> {
            if (running == run) {
                running = null;
                range = read;
                publish();
            }
        }, sentence -> {
            if (running == run) {
                running = null;
                problem = sentence;
                publish();
            }
        }, "The sales report could not be read");
    }

    /** Stops the report being read; it stops before its next day and shows nothing. */
    public void cancel() {
        if (running != null) {
            running.cancelled = true;
        }
    }

    /** Saves the range read last as a PDF at {@code file}. */
    public void savePdf(Path file) {
        StaffMember by = who.get();
        save(file, "the PDF", () -> sales.savePdf(range, file, by));
    }

    /** Exports the range read last as CSV at {@code file}. */
    public void exportCsv(Path file) {
        StaffMember by = who.get();
        save(file, "the CSV", () -> sales.saveCsv(range, file, by));
    }

    /** The office locked: forget what was shown, and stop a report being read. */
    public void forget() {
        cancel();
        running = null;
        range = null;
        result = "";
        problem = "";
        publish();
    }

    private void save(Path file, String what, java.util.function.Supplier<Path> write) {
        if (range == null || running != null) {
            return;
        }
        SalesRange saving = range;
        result = "Saving " + what + "…";
        problem = "";
        publish();
        tasks.write(write, written -> {
            if (range == saving) {
                result = "Saved " + what + " of " + saving.from() + " to " + saving.to() + ": " + written.toAbsolutePath();
                publish();
            }
        }, sentence -> {
            result = "";
            problem = sentence;
            publish();
        }, "The sales report could not be saved to " + file);
    }

    private LocalDate day(String typed, String which) {
        LocalDate today = sales.today();
        if (typed.isEmpty()) {
            throw new Refused("Type the " + which + " day of the report as YYYY-MM-DD, like " + today + ".");
        }
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            if (LOOKS_LIKE_A_DATE.matcher(typed).matches()) {
                throw new Refused(typed + " is not a day of the calendar; check the month and the day.");
            }
            throw new Refused("\"" + typed + "\" is not a date; type the " + which + " day as YYYY-MM-DD, like "
                    + today + ".");
        }
    }

    private void publish() {
        String summary = "";
        String suggested = "sales";
        if (range != null) {
            SalesRange.Day whole = range.whole();
            summary = range.from() + " to " + range.to() + ": " + whole.sales() + (whole.sales() == 1 ? " sale" : " sales")
                    + ", total " + whole.total().plain() + ", tips " + whole.tips().plain() + ", refunds "
                    + whole.refunded().plain() + ", net taken " + whole.netTaken().plain() + "; "
                    + range.clients().fresh() + " new and " + range.clients().returning() + " returning clients.";
            suggested = "sales-" + range.from() + "-to-" + range.to();
        }
        view.show(new State(from, to, running != null, daysRead, daysOf, summary, range != null && running == null,
                suggested, result, problem));
    }

    /**
     * One run of the report: told its progress on the worker, handed to the screen's thread. Only the
     * latest count waits there: a worker reading thousands of days a second must not bury the screen's
     * thread under one update each (Cancel, pressed then, came too late to stop anything).
     */
    private final class Run implements ReportProgress {
        private volatile boolean cancelled;
        /** The latest days read and days in all, packed in one, so the screen never sees one without the other. */
        private final AtomicLong latest = new AtomicLong();
        private final AtomicBoolean waiting = new AtomicBoolean();

        @Override
        public void done(int days, int of) {
            latest.set(((long) days << 32) | (of & 0xFFFFFFFFL));
            if (waiting.compareAndSet(false, true)) {
                screen.execute(() -> {
                    waiting.set(false);
                    long told = latest.get();
                    if (running == this) {
                        daysRead = (int) (told >>> 32);
                        daysOf = (int) told;
                        publish();
                    }
                });
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }
    }
}
