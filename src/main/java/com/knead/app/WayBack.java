package com.knead.app;

import com.knead.control.PlainSentence;
import com.knead.store.AlreadyRunning;
import com.knead.store.Backups;
import java.awt.Component;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javax.swing.JOptionPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the clinic's database will not open (a damaged file, a disk that failed), Knead offers the
 * newest backup its own key opens instead of only a sentence: restored, the clinic keeps working,
 * and the database as it was is kept beside it for whoever looks into what happened.
 */
final class WayBack {

    private static final Logger LOG = LoggerFactory.getLogger(WayBack.class);
    static final String RESTORE = "Restore the backup";
    static final String QUIT = "Quit";

    private WayBack() {
    }

    /** The backup to offer for a folder that failed to open (file work: not on the screen's thread). */
    static Optional<Backups.Made> offer(Path folder, Throwable failure) {
        if (failure instanceof AlreadyRunning) {
            return Optional.empty();
        }
        try {
            return Backups.latestFor(folder);
        } catch (RuntimeException e) {
            LOG.warn("No backup could be offered: {}", PlainSentence.of(e, "the backups could not be listed"));
            return Optional.empty();
        }
    }

    /** Asks, on the screen's thread, whether to restore {@code backup}; true for yes. */
    static boolean ask(Component parent, String sentence, Backups.Made backup) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .format(backup.at().atZone(ZoneId.systemDefault()));
        String question = "<html><body style='width: 420px'>" + escape(sentence) + "<br><br>The newest backup was made "
                + when + " (" + backup.reason().replace('-', ' ') + "). Restore it? What was recorded after it is not in "
                + "it; the database as it is now is kept beside it.</body></html>";
        Object[] choices = {RESTORE, QUIT};
        int chosen = JOptionPane.showOptionDialog(parent, question, "Knead", JOptionPane.YES_NO_OPTION,
                JOptionPane.WARNING_MESSAGE, null, choices, choices[0]);
        return chosen == 0;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
