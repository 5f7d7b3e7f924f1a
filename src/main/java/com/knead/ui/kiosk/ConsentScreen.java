package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.kiosk.SignatureDrawing;
import com.knead.domain.Consent;
import com.knead.ui.touch.SignaturePad;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** The consent in plain words and a box to sign it with a finger; Next waits for a signature. */
final class ConsentScreen {

    private static final String SIGN_FIRST = "Sign in the box first";
    private final SignaturePad pad = new SignaturePad();
    private final KioskPage page;

    ConsentScreen(Consumer<SignatureDrawing> onNext, Runnable onBack) {
        pad.setName("kiosk.signature");
        JButton clear = style(new JButton("Clear signature"), "kioskSecondary");
        clear.setName("kiosk.signature.clear");
        clear.getAccessibleContext().setAccessibleName("Clear signature");
        clear.addActionListener(e -> pad.clear());
        JLabel text = style(new JLabel("<html>" + Consent.TEXT + "</html>"), "kioskText");
        text.setName("kiosk.consent.text");
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 1, gapy 12", "[grow, fill]", "[][][grow, fill][]"));
        content.setOpaque(false);
        content.add(text, "wmin 0");
        content.add(style(new JLabel("Sign in the box with your finger:"), "kioskLabel"));
        content.add(pad, "hmin 160");
        content.add(clear, "h 72!, growx 0");
        page = new KioskPage("consent", "Your consent", 6, content, "I agree", onBack, () -> {
            BufferedImage drawn = pad.toImage();
            onNext.accept(() -> SignaturePad.png(drawn));
        });
        pad.onChange(() -> page.setNextEnabled(pad.isSigned(), SIGN_FIRST));
        page.setNextEnabled(false, SIGN_FIRST);
    }

    KioskPage page() {
        return page;
    }

    void clear() {
        pad.clear();
    }
}
