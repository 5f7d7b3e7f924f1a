package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.CountedDrawer;
import com.knead.domain.DrawerCount;
import com.knead.domain.Money;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.domain.TypedAmount;
import com.knead.usecase.CloseDay;
import com.knead.usecase.CloseOfDayPaper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The office's close of day: the drawer counted note by note (or as one total), expected against
 * counted with over/short, a reason when they differ, the close under the PIN of someone allowed,
 * the Z saved and printed, and an X run mid-day. A second close of a day is refused in a sentence.
 */
public final class CloseDayController {

    /** Where the state goes: the page renders it. */
    public interface View {
        void show(State state);
    }

    /**
     * What the page shows.
     *
     * @param expected  what the drawer should hold ("" until read)
     * @param counted   the cash counted so far
     * @param overShort "5.00 short", "exact", "2.50 over" ("" until the expected amount is read)
     * @param closed    whether the day has its Z
     */
    public record State(String day, List<BigDecimal> denominations, List<StaffMember> whoMayClose, String expected,
                        String counted, String overShort, boolean closed, String problem, String result, boolean busy) {
    }

    private final CloseDay closeDay;
    private final CloseOfDayPaper paper;
    private final Tasks tasks;
    private View view = state -> { };
    private final Map<BigDecimal, Integer> pieces = new LinkedHashMap<>();
    private String total = "";
    private String dayText = "";
    private LocalDate day;
    private Money expected;
    private List<StaffMember> whoMayClose = List.of();
    private boolean closed;
    private String problem = "";
    private String result = "";
    private boolean busy;

    public CloseDayController(CloseDay closeDay, CloseOfDayPaper paper, Tasks tasks) {
        this.closeDay = closeDay;
        this.paper = paper;
        this.tasks = tasks;
    }

    public void attach(View newView) {
        this.view = newView;
        publish();
    }

    /** Reads the chosen day's expected drawer and whether it is closed. */
    public void load(String typedDay) {
        dayText = typedDay.strip();
        problem = "";
        try {
            day = LocalDate.parse(dayText);
        } catch (DateTimeParseException e) {
            day = null;
            expected = null;
            problem = "\"" + dayText + "\" is not a date; type it as YYYY-MM-DD.";
            publish();
            return;
        }
        busy = true;
        publish();
        LocalDate chosen = day;
        tasks.read(() -> new Loaded(closeDay.expected(chosen), closeDay.isClosed(chosen), closeDay.whoMayClose()),
                loaded -> {
                    busy = false;
                    expected = loaded.expected();
                    closed = loaded.closed();
                    whoMayClose = loaded.who();
                    publish();
                }, this::refused, "The day's drawer could not be read");
    }

    private record Loaded(Money expected, boolean closed, List<StaffMember> who) {
    }

    /** How many of one note or coin were counted (blank is none). */
    public void count(BigDecimal value, String typed) {
        String text = typed.strip();
        try {
            pieces.put(value, text.isEmpty() ? 0 : Integer.parseInt(text));
            problem = "";
        } catch (NumberFormatException e) {
            pieces.put(value, 0);
            problem = "Type how many " + value.toPlainString() + " notes or coins, as a whole number.";
        }
        publish();
    }

    /** The drawer counted as one total instead (blank: count note by note). */
    public void total(String typed) {
        total = typed.strip();
        publish();
    }

    /** Closes the day as {@code who}, who typed {@code pin}. */
    public void close(StaffMember who, String pin, String reason) {
        if (day == null || expected == null) {
            refused("Choose the day first.");
            return;
        }
        DrawerCount count;
        try {
            count = count();
            CountedDrawer.closing(expected, count, reason);
        } catch (Refused refused) {
            refused(refused.getMessage());
            return;
        }
        busy = true;
        problem = "";
        publish();
        LocalDate chosen = day;
        tasks.write(() -> closeDay.close(who, pin, chosen, count, reason), done -> {
            busy = false;
            closed = true;
            result = "Closed " + chosen + " as " + done.z().label() + " by " + done.z().closedBy().staffName()
                    + "; the drawer was " + done.z().drawer().difference() + ". Save or print the Z below.";
            publish();
        }, this::refused, "The day could not be closed");
    }

    /** Saves the Z of the chosen day (A4 and roll) and prints the roll on the receipt printer, if one is chosen. */
    public void saveZ() {
        if (day == null) {
            refused("Choose the day first.");
            return;
        }
        LocalDate chosen = day;
        busy = true;
        publish();
        tasks.read(() -> paper.z(chosen, true), this::written, this::refused, "The Z could not be saved");
    }

    /** Runs the X of today so far: saved (A4 and roll) and printed, closing nothing. */
    public void runX() {
        busy = true;
        publish();
        tasks.read(() -> paper.x(true), this::written, this::refused, "The X could not be saved");
    }

    private void written(CloseOfDayPaper.Written written) {
        busy = false;
        problem = "";
        result = "Saved " + written.title() + ": " + written.pdf()
                + written.printedOn().map(q -> "; printed on " + q + ".").orElse(" (no receipt printer chosen).");
        publish();
    }

    private DrawerCount count() {
        if (!total.isEmpty() || closeDay.denominations().isEmpty()) {
            return DrawerCount.ofTotal(TypedAmount.parse(total.isEmpty() ? "0" : total, closeDay.clinic().currency()));
        }
        return DrawerCount.ofPieces(closeDay.clinic().currency(), pieces);
    }

    private void refused(String sentence) {
        busy = false;
        problem = sentence;
        publish();
    }

    private void publish() {
        String counted = "";
        String overShort = "";
        try {
            DrawerCount count = count();
            counted = count.total().plain();
            if (expected != null) {
                overShort = new CountedDrawer(expected, count, "").difference();
            }
        } catch (Refused refusedCount) {
            counted = refusedCount.getMessage();
        }
        view.show(new State(dayText, new ArrayList<>(closeDay.denominations()), whoMayClose,
                expected == null ? "" : expected.plain(), counted, overShort, closed, problem, result, busy));
    }
}
