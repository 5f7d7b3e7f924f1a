package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.domain.BodyRegion;
import com.knead.ui.touch.BodyMap;
import com.knead.ui.touch.OneChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/**
 * Where it hurts: the body map, and for the region chosen last, how much (0 to 10). Choosing a
 * region marks nothing: the visitor says how much, and the number chosen shows filled.
 */
final class BodyMapScreen {

    private final BodyMap map = new BodyMap();
    private final JLabel question = style(new JLabel(" "), "kioskLabel");
    private final JLabel marked = style(new JLabel(" "), "kioskText");
    private final JPanel intensities = new JPanel(new MigLayout("insets 0, gap 8, wrap 4"));
    private final List<JToggleButton> levels = new ArrayList<>();
    private final JButton remove = style(new JButton("Not this one"), "kioskSecondary");
    private final KioskPage page;
    private static final String SIDE = "[grow, fill][340!]";
    private static final String SIDE_LARGER = "[grow, fill][404!]";

    BodyMapScreen(Consumer<Map<BodyRegion, Integer>> onNext, Runnable onBack) {
        map.setName("kiosk.bodyMap");
        question.setName("kiosk.bodyMap.question");
        marked.setName("kiosk.bodyMap.marked");
        remove.setName("kiosk.bodyMap.remove");
        remove.getAccessibleContext().setAccessibleName("Unmark this area");
        intensities.setOpaque(false);
        for (int i = 0; i <= 10; i++) {
            int intensity = i;
            JToggleButton button = style(new OneChoice(String.valueOf(i)), "kioskToggle");
            button.setName("kiosk.pain." + i);
            button.getAccessibleContext().setAccessibleName("Pain " + i + " of 10");
            button.addActionListener(e -> {
                map.setIntensity(intensity);
                refresh();
            });
            levels.add(button);
            intensities.add(button, "w 72!, h 64!");
        }
        remove.addActionListener(e -> {
            map.removeSelected();
            refresh();
        });
        map.onSelect(region -> refresh());

        JPanel side = KioskScroll.list("[grow, fill]");
        side.add(style(new JLabel("<html>Choose each place that hurts, then how much: "
                + "0 is no pain, 10 the worst.</html>"), "kioskText"), "wmin 0");
        side.add(question, "wmin 0");
        side.add(intensities);
        side.add(remove, "hmin 72, growx 0");
        side.add(marked, "wmin 0");
        MigLayout placing = new MigLayout("insets 0, gapx 24", SIDE, "[grow, fill]");
        JPanel content = new JPanel(placing);
        content.setOpaque(false);
        content.add(map, "wmin 330, hmin 246");
        // With larger text the side scrolls, and widens by a finger's scroll bar so the 0 to 10 stay whole.
        javax.swing.JScrollPane sideScroll = KioskScroll.of(side);
        content.add(sideScroll, "hmin 0");
        side.addPropertyChangeListener(LargerText.ON, e -> {
            placing.setColumnConstraints(Boolean.TRUE.equals(e.getNewValue()) ? SIDE_LARGER : SIDE);
            content.revalidate();
        });
        page = new KioskPage("bodyMap", "Where does it hurt?", 2, content, "Next", onBack,
                () -> onNext.accept(map.pain()));
        refresh();
    }

    KioskPage page() {
        return page;
    }

    BodyMap map() {
        return map;
    }

    private void refresh() {
        BodyRegion selected = map.selected();
        Integer now = selected == null ? null : map.pain().get(selected);
        question.setText(selected == null ? "<html>Nothing chosen yet.</html>"
                : "<html>" + selected.label() + ": how much does it hurt? "
                + (now == null ? "Choose 0 to 10." : "Pain " + now + " of 10 chosen.") + "</html>");
        question.getAccessibleContext().setAccessibleName(question.getText().replaceAll("<[^>]+>", ""));
        // No ButtonGroup: it would let Tab reach only the chosen number; the map's pain is the one choice.
        for (int i = 0; i < levels.size(); i++) {
            levels.get(i).setEnabled(selected != null);
            levels.get(i).setSelected(now != null && now == i);
        }
        remove.setEnabled(selected != null);
        Map<BodyRegion, Integer> pain = map.pain();
        marked.setText(pain.isEmpty() ? "<html>No pain marked.</html>" : "<html>Marked: " + pain.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + "</html>");
    }

    void fill(Map<BodyRegion, Integer> pain) {
        map.setPain(pain);
        refresh();
    }

    void clear() {
        fill(Map.of());
    }
}
