package com.knead.store;

import com.knead.domain.Refused;
import java.nio.file.Path;

/** Another copy of Knead holds this data folder; the message says so in plain words. */
public class AlreadyRunning extends Refused {
    public AlreadyRunning(Path folder) {
        super("Knead is already running on this data folder (" + folder
                + "). Use the window that is already open, or close it and try again.");
    }
}
