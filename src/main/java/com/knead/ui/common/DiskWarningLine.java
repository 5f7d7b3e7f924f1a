package com.knead.ui.common;

import com.knead.control.Tasks;
import com.knead.usecase.DiskWatch;
import javax.swing.JLabel;
import javax.swing.Timer;

/**
 * The disk's warning for the owner, a line under a window's header (the desk's, the office's): it
 * looks when started and then every hour, on the writers' lane (the look may keep a new measure in
 * the settings), and is hidden while there is room.
 */
public final class DiskWarningLine extends JLabel {

    /** How often the line looks how long the disk will last. */
    private static final int CHECK_MILLIS = 60 * 60 * 1000;

    private final Timer check;
    private final boolean twoLines;

    /**
     * @param twoLines each sentence on a line of its own (the office's narrower window); else one line,
     *                 cut on a narrow screen with the whole sentence in the tooltip (the desk)
     */
    public DiskWarningLine(String name, DiskWatch disk, Tasks tasks, boolean twoLines) {
        this.twoLines = twoLines;
        setName(name);
        setVisible(false);
        Theme.style(this, "deskCaution");
        check = new Timer(CHECK_MILLIS, e -> tasks.write(disk::check, warning -> say(warning.orElse("")), this::say,
                "The disk could not be measured"));
        check.setInitialDelay(0);
    }

    /** Looks now, then every hour. */
    public void start() {
        check.restart();
    }

    public void stop() {
        check.stop();
    }

    /** Shows the disk's warning (or a problem measuring it); nothing when it is blank. */
    private void say(String sentence) {
        int end = sentence.indexOf(". ");
        setText(!twoLines || end < 0 ? sentence : "<html>" + html(sentence.substring(0, end + 1)) + "<br>"
                + html(sentence.substring(end + 2)) + "</html>");
        setToolTipText(sentence.isBlank() ? null : sentence);
        setVisible(!sentence.isBlank());
    }

    private static String html(String words) {
        return words.replace("&", "&amp;").replace("<", "&lt;");
    }
}
