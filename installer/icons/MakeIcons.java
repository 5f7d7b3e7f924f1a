import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws Knead's icon (a white "K" on a teal rounded square) and writes knead.png (256 px, Linux)
 * and knead.ico (16–256 px, Windows; PNG-compressed entries). Run: java MakeIcons.java
 */
public class MakeIcons {
    public static void main(String[] args) throws IOException {
        int[] sizes = {16, 24, 32, 48, 64, 128, 256};
        byte[][] pngs = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            pngs[i] = png(draw(sizes[i]));
        }
        Files.write(Path.of("knead.png"), pngs[sizes.length - 1]);
        ByteBuffer ico = ByteBuffer.allocate(6 + 16 * sizes.length + total(pngs)).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            ico.put((byte) (sizes[i] % 256)).put((byte) (sizes[i] % 256)).put((byte) 0).put((byte) 0);
            ico.putShort((short) 1).putShort((short) 32).putInt(pngs[i].length).putInt(offset);
            offset += pngs[i].length;
        }
        for (byte[] png : pngs) {
            ico.put(png);
        }
        Files.write(Path.of("knead.ico"), ico.array());
    }

    private static int total(byte[][] all) {
        int sum = 0;
        for (byte[] b : all) {
            sum += b.length;
        }
        return sum;
    }

    private static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        float arc = size * 0.28f;
        g.setPaint(new GradientPaint(0, 0, new Color(0x1F, 0x8A, 0x84), 0, size, new Color(0x0E, 0x5C, 0x58)));
        g.fill(new RoundRectangle2D.Float(0, 0, size, size, arc, arc));
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size * 0.72f)));
        var metrics = g.getFontMetrics();
        String k = "K";
        g.drawString(k, (size - metrics.stringWidth(k)) / 2f, (size - metrics.getHeight()) / 2f + metrics.getAscent());
        if (size >= 48) {
            g.setStroke(new BasicStroke(size * 0.035f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(255, 255, 255, 170));
            g.drawArc(Math.round(size * 0.14f), Math.round(size * 0.70f), Math.round(size * 0.72f),
                    Math.round(size * 0.2f), 200, 140);
        }
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
