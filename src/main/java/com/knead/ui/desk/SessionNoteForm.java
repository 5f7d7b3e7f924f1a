package com.knead.ui.desk;

import com.knead.domain.Aftercare;
import com.knead.domain.BodyRegion;
import com.knead.domain.Pressure;
import com.knead.domain.SessionNote;
import com.knead.ui.touch.KeyboardDock;
import com.knead.ui.touch.OneChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/**
 * A session note as the therapist writes it after the session: quick choices first (the body map's
 * areas, the clinic's modalities as techniques, the pressure, how the client responded, the aftercare
 * advice given, rebook in N weeks), free text after. Where there is no physical keyboard the
 * on-screen one (the kiosk's) types the response and the free text: a toggle shows it. It holds only
 * what is being typed; {@link #draft} hands it on as a {@link SessionNote.Draft}, whose rules decide.
 */
final class SessionNoteForm extends JPanel {

    /** Quick answers to "how did the client respond?"; anything else is typed. */
    static final List<String> RESPONSES = List.of("Relaxed", "Tension eased", "Tender spots", "Sore afterwards",
            "No change");
    static final int[] WEEKS = {1, 2, 3, 4, 6, 8};

    private final Map<BodyRegion, JToggleButton> areas = new LinkedHashMap<>();
    private final Map<String, JToggleButton> techniques = new LinkedHashMap<>();
    private final Map<Pressure, OneChoice> pressures = new LinkedHashMap<>();
    private final Map<String, JCheckBox> advice = new LinkedHashMap<>();
    private final Map<Integer, OneChoice> weeks = new LinkedHashMap<>();
    private final ButtonGroup pressureGroup = new ButtonGroup();
    private final ButtonGroup weeksGroup = new ButtonGroup();
    private final JPanel techniqueRow = new JPanel(new MigLayout("insets 0, gap 4, wrap 4"));
    private final JTextField response = new JTextField(24);
    private final JTextArea freeText = new JTextArea(2, 30);
    private final JToggleButton keyboardShown = new JToggleButton("On-screen keys");
    private final KeyboardDock keyboard = new KeyboardDock(false);

    private final String prefix;

    SessionNoteForm(String prefix) {
        super(new MigLayout("insets 0, wrap 2, gapy 4", "[right][grow, fill]", ""));
        this.prefix = prefix;
        JPanel areaRow = new JPanel(new MigLayout("insets 0, gap 4, wrap 4"));
        for (BodyRegion region : BodyRegion.values()) {
            JToggleButton area = named(new JToggleButton(region.label()), prefix + ".area." + region.name());
            areas.put(region, area);
            areaRow.add(area, "sg area, growx");
        }
        add(new JLabel("Areas worked"), "top");
        add(areaRow);
        add(new JLabel("Techniques"), "top");
        add(techniqueRow);
        JPanel pressureRow = new JPanel(new MigLayout("insets 0, gap 4"));
        for (Pressure p : Pressure.values()) {
            OneChoice choice = named(new OneChoice(p.label()), prefix + ".pressure." + p.name());
            pressures.put(p, choice);
            pressureGroup.add(choice);
            pressureRow.add(choice);
        }
        add(new JLabel("Pressure"));
        add(pressureRow);
        JPanel responseRow = new JPanel(new MigLayout("insets 0, gap 4"));
        for (String quick : RESPONSES) {
            javax.swing.JButton choice = named(new javax.swing.JButton(quick), prefix + ".response." + quick);
            choice.addActionListener(e -> response.setText(quick));
            responseRow.add(choice);
        }
        add(new JLabel("Client's response"), "top");
        add(responseRow, "split 2, flowy");
        add(named(response, prefix + ".response"));
        JPanel adviceRows = new JPanel(new MigLayout("insets 0, gap 0, wrap 1"));
        for (String line : Aftercare.advice()) {
            JCheckBox box = named(new JCheckBox(line), prefix + ".advice." + advice.size());
            advice.put(line, box);
            adviceRows.add(box);
        }
        add(new JLabel("Advice given"), "top");
        add(adviceRows);
        JPanel weeksRow = new JPanel(new MigLayout("insets 0, gap 4"));
        OneChoice none = named(new OneChoice("No plan"), prefix + ".plan.none");
        weeksGroup.add(none);
        weeksRow.add(none);
        for (int n : WEEKS) {
            OneChoice choice = named(new OneChoice(n + (n == 1 ? " week" : " weeks")), prefix + ".plan." + n);
            weeks.put(n, choice);
            weeksGroup.add(choice);
            weeksRow.add(choice);
        }
        add(new JLabel("Rebook in"));
        add(weeksRow);
        freeText.setLineWrap(true);
        freeText.setWrapStyleWord(true);
        // The toggle under its label: a screen with no keyboard shows the kiosk's keys under the form.
        add(new JLabel("Free text"), "top, split 2, flowy");
        add(keyboardShown, "right");
        add(new JScrollPane(named(freeText, prefix + ".freeText")), "hmin 48");
        keyboard.serveLetters(freeText);
        keyboard.serveLetters(response);
        keyboard.setVisible(false);
        keyboardShown.setName(prefix + ".keyboard");
        keyboard.setName(prefix + ".keys");
        keyboardShown.setToolTipText("Shows the on-screen keyboard, for a screen with no keyboard");
        keyboardShown.addActionListener(e -> {
            keyboard.setVisible(keyboardShown.isSelected());
            revalidate();
        });
        add(keyboard, "span 2, center, hidemode 3");
    }

    /**
     * Touch mode (the office's setting): the on-screen keyboard shows from the start, and types the
     * PINs of {@code pins} on its number pad as well as the note's text.
     */
    void touchMode(javax.swing.text.JTextComponent... pins) {
        for (javax.swing.text.JTextComponent pin : pins) {
            keyboard.serveDigits(pin);
        }
        keyboardShown.setSelected(true);
        keyboard.setVisible(true);
        revalidate();
    }

    private static <C extends java.awt.Component> C named(C component, String name) {
        component.setName(name);
        return component;
    }

    /** The clinic's modalities, the techniques to choose from. */
    void techniques(List<String> names) {
        if (List.copyOf(techniques.keySet()).equals(names)) {
            return;
        }
        techniques.clear();
        techniqueRow.removeAll();
        for (String name : names) {
            JToggleButton choice = named(new JToggleButton(name), prefix + ".technique." + name);
            techniques.put(name, choice);
            techniqueRow.add(choice, "sg technique, growx");
        }
        techniqueRow.revalidate();
    }

    /** The note as it stands on screen. */
    SessionNote.Draft draft() {
        List<String> given = new ArrayList<>();
        advice.forEach((line, box) -> {
            if (box.isSelected()) {
                given.add(line);
            }
        });
        Pressure pressure = pressures.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        Integer plan = weeks.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        return new SessionNote.Draft(chosen(areas), chosen(techniques), pressure, response.getText(),
                String.join(" ", given), plan, freeText.getText());
    }

    private static <K> List<K> chosen(Map<K, ? extends AbstractButton> buttons) {
        return buttons.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).toList();
    }

    /** Puts back a note kept unsigned when the window closed. */
    void fill(SessionNote.Draft draft) {
        clear();
        draft.areas().forEach(a -> areas.get(a).setSelected(true));
        draft.modalities().stream().filter(techniques::containsKey).forEach(m -> techniques.get(m).setSelected(true));
        if (draft.pressure() != null) {
            pressures.get(draft.pressure()).setSelected(true);
        }
        advice.forEach((line, box) -> box.setSelected(draft.advice().contains(line)));
        if (draft.rebookWeeks() != null && weeks.containsKey(draft.rebookWeeks())) {
            weeks.get(draft.rebookWeeks()).setSelected(true);
        }
        response.setText(draft.response());
        freeText.setText(draft.text());
    }

    /** Starts again empty, as after a note was signed. */
    void clear() {
        areas.values().forEach(b -> b.setSelected(false));
        techniques.values().forEach(b -> b.setSelected(false));
        advice.values().forEach(b -> b.setSelected(false));
        pressureGroup.clearSelection();
        weeksGroup.clearSelection();
        response.setText("");
        freeText.setText("");
    }
}
