package com.knead.bench;

import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.IntakeForm;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.ServicePrice;
import com.knead.domain.Signature;
import com.knead.store.Stores;
import com.knead.ui.common.SwingTasks;
import com.knead.ui.common.Theme;
import com.knead.ui.kiosk.KioskFrame;
import com.knead.ui.touch.BodyMap;
import com.knead.usecase.KioskServices;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.MouseEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/**
 * Kiosk benchmark, two parts, each against a baseline measured in the same run:
 * <ul>
 *   <li>screen-to-screen transitions over scripted visits through the real kiosk frame: from the
 *       tap (Next, a choice) to the next screen laid out and painted, against a bare CardLayout
 *       switch between two empty panels in a frame of the same size (p50, p95);</li>
 *   <li>the check-in commit (client, intake version with answers and pain, visit with its queue
 *       number, one transaction) against the thin check-in of the foundation (client and visit)
 *       on the same database (p50, p99).</li>
 * </ul>
 * Run with {@code scripts/bench-kiosk [VISITS] [COMMITS]}; it needs a display (Xvfb will do).
 */
public final class KioskBenchmark {

    private KioskBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int visits = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int commits = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path data = Files.createTempDirectory("knead-kiosk-bench");
        try (Stores stores = Stores.open(data)) {
            transitions(stores, visits);
            commits(stores, commits);
        }
    }

    // ---- transitions ------------------------------------------------------------------------

    private static void transitions(Stores stores, int visits) throws Exception {
        PriceList prices = stores.catalog().priceListOn(java.time.LocalDate.now());
        IntakeForm form = stores.intakes().form();
        AtomicReference<KioskFrame> made = new AtomicReference<>();
        AtomicReference<JFrame> bare = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Theme.install();
            KioskFrame kiosk = new KioskFrame();
            kiosk.resetAfter(Duration.ofHours(1));
            kiosk.idleAfter(Duration.ofHours(1));
            kiosk.setVisible(true);
            kiosk.ready(new SwingTasks(), KioskServices.of(stores, prices, form), Clock.systemDefaultZone());
            made.set(kiosk);
            bare.set(bareFrame());
        });
        KioskFrame kiosk = made.get();
        List<Long> kioskSamples = new ArrayList<>();
        List<Long> bareSamples = new ArrayList<>();
        for (int visit = 0; visit < visits + 3; visit++) {
            List<Long> samples = new ArrayList<>();
            scriptedVisit(kiosk, visit, samples);
            for (int i = 0; i < samples.size(); i++) {
                bareSamples.add(bareSwitch(bare.get()));
            }
            if (visit >= 3) { // the first visits warm up the JIT and build the screens' caches
                kioskSamples.addAll(samples);
            }
        }
        SwingUtilities.invokeAndWait(() -> {
            kiosk.dispose();
            bare.get().dispose();
        });
        bareSamples = bareSamples.subList(bareSamples.size() - kioskSamples.size(), bareSamples.size());
        report("screen-to-screen transition", kioskSamples, bareSamples, 95, "goal p95 <= 100 ms");
        BY_TAP.forEach((name, times) -> {
            long[] t = sorted(times);
            System.out.printf("    %-28s p50 %6.2f ms  p95 %6.2f ms%n", name, ms(pct(t, 50)), ms(pct(t, 95)));
        });
    }

    /** One visitor from welcome to checked in and back; adds the time of every synchronous transition. */
    private static final Map<String, List<Long>> BY_TAP = new java.util.TreeMap<>();

    private static void scriptedVisit(KioskFrame kiosk, int n, List<Long> samples) throws Exception {
        samples.add(tap(kiosk, "kiosk.new"));
        onEdt(() -> {
            text(kiosk, "kiosk.name", "Visitor " + n);
            text(kiosk, "kiosk.phone", String.format("555%07d", n));
            text(kiosk, "kiosk.birth.day", "1");
            text(kiosk, "kiosk.birth.month", String.valueOf(1 + n % 12));
            text(kiosk, "kiosk.birth.year", "1970");
            ((BodyMap) find(kiosk, "kiosk.bodyMap")).setPain(Map.of(BodyRegion.LOWER_BACK, 1 + n % 10));
            return null;
        });
        samples.add(tap(kiosk, "kiosk.contact.next"));
        samples.add(tap(kiosk, "kiosk.bodyMap.next"));
        samples.add(tap(kiosk, n % 2 == 0 ? "kiosk.q.pressure.light" : "kiosk.q.pressure.firm"));
        samples.add(tap(kiosk, "kiosk.pain.next"));
        samples.add(tap(kiosk, "kiosk.health.next"));
        samples.add(tap(kiosk, "kiosk.preferences.next"));
        onEdt(() -> {
            JComponent pad = (JComponent) find(kiosk, "kiosk.signature");
            pad.dispatchEvent(new MouseEvent(pad, MouseEvent.MOUSE_PRESSED, 0, 0, 30, 30, 1, false));
            pad.dispatchEvent(new MouseEvent(pad, MouseEvent.MOUSE_DRAGGED, 0, 0, 200, 80, 1, false));
            pad.dispatchEvent(new MouseEvent(pad, MouseEvent.MOUSE_RELEASED, 0, 0, 200, 80, 1, false));
            return null;
        });
        samples.add(tap(kiosk, "kiosk.consent.next"));
        samples.add(tap(kiosk, "kiosk.service.SWEDISH.60"));
        tap(kiosk, "kiosk.review.next"); // the commit runs on a worker: timed on its own below
        JLabel number = (JLabel) onEdt(() -> find(kiosk, "kiosk.number"));
        Pause.pause(new Condition("the check-in finishes on its worker") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> !number.getText().isBlank() && number.isShowing());
            }
        }, Timeout.timeout(10_000));
        samples.add(tap(kiosk, "kiosk.done"));
    }

    /** Taps a button on the EDT and lays out and paints the window at once; the time in nanoseconds. */
    private static long tap(KioskFrame kiosk, String name) throws Exception {
        return onEdt(() -> {
            AbstractButton button = (AbstractButton) find(kiosk, name);
            if (!button.isShowing()) {
                throw new IllegalStateException(name + " is not showing");
            }
            long start = System.nanoTime();
            button.doClick(0);
            settle(kiosk);
            long took = System.nanoTime() - start;
            BY_TAP.computeIfAbsent(name, k -> new ArrayList<>()).add(took);
            return took;
        });
    }

    private static void settle(JFrame frame) {
        frame.getRootPane().validate();
        JComponent content = (JComponent) frame.getContentPane();
        content.paintImmediately(content.getVisibleRect());
    }

    private static JFrame bareFrame() {
        JFrame frame = new JFrame("baseline");
        JPanel cards = new JPanel(new CardLayout());
        cards.add(new JPanel(), "a");
        cards.add(new JPanel(), "b");
        frame.setContentPane(cards);
        frame.setSize(1280, 800);
        frame.setVisible(true);
        return frame;
    }

    private static long bareSwitch(JFrame frame) throws Exception {
        return onEdt(() -> {
            long start = System.nanoTime();
            ((CardLayout) frame.getContentPane().getLayout()).next(frame.getContentPane());
            settle(frame);
            return System.nanoTime() - start;
        });
    }

    private static void text(Container root, String name, String value) {
        ((JTextComponent) find(root, name)).setText(value);
    }

    private static Component find(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container container) {
                Component found = find(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static <T> T onEdt(Supplier<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> result.set(work.get()));
        return result.get();
    }

    // ---- commits -----------------------------------------------------------------------------

    private static void commits(Stores stores, int count) {
        PriceList prices = stores.catalog().priceListOn(java.time.LocalDate.now());
        IntakeForm form = stores.intakes().form();
        Modality swedish = prices.modalities().stream().filter(m -> m.code().equals("SWEDISH")).findFirst().orElseThrow();
        ServicePrice hour = prices.price(swedish.id(), 60).orElseThrow();
        Signature signature = new Signature(new byte[4096], Instant.now());
        List<Long> intake = new ArrayList<>();
        List<Long> thin = new ArrayList<>();
        int warmUp = Math.max(50, count / 10);
        for (int i = 0; i < warmUp + count; i++) {
            // Every check-in is a different person with different answers: no result cache helps.
            ClientDetails who = new ClientDetails(new ContactDetails("Bench Client " + i, String.format("556%07d", i)),
                    "", LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28));
            IntakeAnswers answers = new IntakeAnswers(Map.of("pressure", i % 2 == 0 ? "light" : "firm",
                    "how_long", "chronic", "worse_with", "sitting,stress", "medications", "Item " + i),
                    Map.of(BodyRegion.NECK, i % 11, BodyRegion.LOWER_BACK, (i + 3) % 11));
            KioskCheckIn checkIn = new KioskCheckIn(who, Optional.empty(), answers, Optional.of(signature), swedish, hour);
            long start = System.nanoTime();
            stores.intakes().checkIn(checkIn, form, Instant.now());
            long intakeTime = System.nanoTime() - start;
            start = System.nanoTime();
            stores.visits().checkIn(new ContactDetails("Thin Client " + i, String.format("557%07d", i)), swedish, hour,
                    Instant.now());
            long thinTime = System.nanoTime() - start;
            if (i >= warmUp) {
                intake.add(intakeTime);
                thin.add(thinTime);
            }
        }
        report("check-in commit (intake + visit)", intake, thin, 99, "goal p99 <= 20 ms");
    }

    // ---- reporting ---------------------------------------------------------------------------

    private static void report(String what, List<Long> samples, List<Long> baseline, int tail, String goal) {
        long[] s = sorted(samples);
        long[] b = sorted(baseline);
        System.out.printf("%s: %d samples%n", what, s.length);
        System.out.printf("  p50 %.2f ms, p%d %.2f ms, max %.2f ms   (%s)%n", ms(pct(s, 50)), tail, ms(pct(s, tail)),
                ms(s[s.length - 1]), goal);
        System.out.printf("  baseline p50 %.2f ms, p%d %.2f ms%n", ms(pct(b, 50)), tail, ms(pct(b, tail)));
        System.out.printf("  ratio to baseline: p50 %.1f, p%d %.1f%n", (double) pct(s, 50) / pct(b, 50), tail,
                (double) pct(s, tail) / pct(b, tail));
    }

    private static long[] sorted(List<Long> values) {
        long[] array = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(array);
        return array;
    }

    private static long pct(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
