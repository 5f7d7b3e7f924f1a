package com.knead.app;

import java.awt.GraphicsEnvironment;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code knead setup}: a real clinic's first start; then the usual windows. */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Set up a real clinic in a data folder that has none (its name, money, day, owner and printer), "
                + "then start Knead's windows on it. A folder already set up just starts the windows.")
final class SetupCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption data;

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("knead: there is no screen to show the setup on (no DISPLAY).");
            return 1;
        }
        RunCommand defaults = new RunCommand();
        defaults.data = data;
        return FirstRunWindows.launch(defaults.options()).exited().get();
    }
}
