package com.knead.bench;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Graphics;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/** The start-up baseline: the smallest FlatLaf window, reporting its first paint like Knead's kiosk does. */
public final class BareFlatLafFrame {

    private BareFlatLafFrame() {
    }

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            JFrame frame = new JFrame("Bare FlatLaf frame");
            JPanel content = new JPanel() {
                @Override
                protected void paintComponent(Graphics g) {
                    super.paintComponent(g);
                    System.out.println("KNEAD_FIRST_PAINT " + System.currentTimeMillis());
                    System.out.flush();
                    // exit, not halt: a class-data-sharing training run writes its archive on exit.
                    System.exit(0);
                }
            };
            content.add(new JLabel("Hello"));
            frame.setContentPane(content);
            frame.setSize(1024, 768);
            frame.setVisible(true);
        });
    }
}
