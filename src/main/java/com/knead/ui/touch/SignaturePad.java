package com.knead.ui.touch;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.UIManager;

/** A box to sign in with a finger; the strokes become a PNG image for the intake. */
public final class SignaturePad extends TouchSurface {

    private final List<Path2D> strokes = new ArrayList<>();
    private Path2D current;
    private Runnable onChange = () -> { };

    public SignaturePad() {
        super(javax.accessibility.AccessibleRole.CANVAS);
        setPreferredSize(new Dimension(700, 220));
        setOpaque(true);
        getAccessibleContext().setAccessibleName("Signature: sign here with your finger");
        MouseAdapter drawing = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                current = new Path2D.Float();
                current.moveTo(e.getX(), e.getY());
                current.lineTo(e.getX() + 0.5, e.getY() + 0.5);
                strokes.add(current);
                repaint();
                onChange.run();
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                if (current != null) {
                    current.lineTo(e.getX(), e.getY());
                    repaint();
                }
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                current = null;
            }
        };
        addMouseListener(drawing);
        addMouseMotionListener(drawing);
    }

    /** Runs on the EDT whenever the pad goes from empty to signed or back. */
    public void onChange(Runnable action) {
        onChange = action;
    }

    public boolean isSigned() {
        return !strokes.isEmpty();
    }

    public void clear() {
        strokes.clear();
        current = null;
        repaint();
        onChange.run();
    }

    /** The signature as a PNG, black on white, the size of the pad. */
    public byte[] toPng() {
        return png(toImage());
    }

    /** The signature as an image, black on white, the size of the pad: quick, so it can be taken on the EDT. */
    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(Math.max(getWidth(), 1), Math.max(getHeight(), 1),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            drawStrokes(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Encodes a signature image as PNG; slower than drawing it, so best done on a worker. */
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setColor(UIManager.getColor("Kiosk.signatureLine"));
            g.setStroke(new BasicStroke(2f));
            int line = getHeight() * 3 / 4;
            g.drawLine(24, line, getWidth() - 24, line);
            g.drawRect(0, 0, getWidth() - 1, getHeight() - 1);
            drawStrokes(g);
        } finally {
            g.dispose();
        }
    }

    private void drawStrokes(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Path2D stroke : strokes) {
            g.draw(stroke);
        }
    }
}
