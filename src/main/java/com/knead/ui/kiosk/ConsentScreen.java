package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.kiosk.SignatureDrawing;
import com.knead.domain.Consent;
import com.knead.ui.touch.KeyboardDock;
import com.knead.ui.touch.SignaturePad;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;

/**
 * The consent in plain words and a box to sign it with a finger; a visitor who cannot draw (a
 * screen-reader or keyboard user, a shaky hand) types their full name instead. "I agree" waits for
 * one or the other; a drawing, when there is one, is the consent given.
 */
final class ConsentScreen {

    private static final String SIGN_FIRST = "Sign in the box, or type your name, first";
    private final SignaturePad pad = new SignaturePad();
    private final JTextField typedName = style(new JTextField(), "kioskField");
    private final KeyboardDock keyboard = new KeyboardDock(true);
    private final KioskPage page;

    ConsentScreen(Consumer<SignatureDrawing> onNext, Runnable onBack) {
        pad.setName("kiosk.signature");
        JButton clear = style(new JButton("Clear signature"), "kioskSecondary");
        clear.setName("kiosk.signature.clear");
        clear.getAccessibleContext().setAccessibleName("Clear signature");
        clear.addActionListener(e -> pad.clear());
        JLabel text = style(new JLabel("<html>" + Consent.TEXT + "</html>"), "kioskText");
        text.setName("kiosk.consent.text");
        text.getAccessibleContext().setAccessibleName(Consent.TEXT);
        String typedPrompt = "Cannot sign with a finger? Type your full name instead";
        JLabel typedLabel = style(new JLabel("<html>" + typedPrompt + ":</html>"), "kioskLabel");
        typedLabel.setLabelFor(typedName);
        typedName.setName("kiosk.consent.typedName");
        typedName.getAccessibleContext().setAccessibleName(typedPrompt);
        typedName.getAccessibleContext().setAccessibleDescription("Your full name, then I agree: "
                + Consent.NO_DRAWING + " is noted with your consent");
        keyboard.serveLetters(typedName);
        // A list that scrolls when it is taller than the screen (larger text at 1024×768); when it is
        // shorter, it fills the screen and the signature box takes what is left.
        JPanel list = new com.knead.ui.common.WidthTrackingPanel(new MigLayout("insets 0, wrap 2, gapy 12",
                "[grow, fill][]", "[][][grow, fill][][]"), 32) {
            @Override
            public boolean getScrollableTracksViewportHeight() {
                return getParent() instanceof javax.swing.JViewport v && v.getHeight() > getPreferredSize().height;
            }
        };
        list.setOpaque(false);
        list.add(text, "span 2, wmin 0");
        list.add(style(new JLabel("Sign in the box with your finger:"), "kioskLabel"), "span 2");
        list.add(pad, "hmin 120");
        list.add(clear, "hmin 72, bottom");
        list.add(typedLabel, "span 2, wmin 0");
        list.add(typedName, "span 2, hmin 64");
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 1", "[grow, fill]", "[grow, fill][]"));
        content.setOpaque(false);
        content.add(KioskScroll.of(list), "hmin 0");
        content.add(keyboard, "hidemode 3, center, growx 0");
        page = new KioskPage("consent", "Your consent", 6, content, "I agree", onBack, () -> {
            if (pad.isSigned()) {
                BufferedImage drawn = pad.toImage();
                onNext.accept(() -> SignaturePad.png(drawn));
            } else {
                onNext.accept(SignatureDrawing.typed(typedName.getText().strip()));
            }
        });
        pad.onChange(this::agreeable);
        typedName.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                agreeable();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                agreeable();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                agreeable();
            }
        });
        page.setNextEnabled(false, SIGN_FIRST);
    }

    private void agreeable() {
        page.setNextEnabled(pad.isSigned() || !typedName.getText().isBlank(), SIGN_FIRST);
    }

    KioskPage page() {
        return page;
    }

    void clear() {
        pad.clear();
        typedName.setText("");
    }
}
