package com.knead.app;

import com.knead.store.Stores;
import com.knead.usecase.VerifyChain;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code knead verify}: walks the chain of sales, voids, refunds and drawer records; exit 0 when every
 * record matches, 1 with one line per record that does not.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check that no sale, void, refund or drawer record was changed, deleted or added outside Knead.")
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LogFile.attach(data.folder);
        VerifyChain.Verdict verdict = check(data.folder);
        PrintWriter out = spec.commandLine().getOut();
        verdict.problems().forEach(out::println);
        out.println(verdict.intact()
                ? "The chain of " + verdict.links() + " records is intact: nothing was changed, deleted or added outside Knead."
                : verdict.problems().size() + " problem(s) in the chain of " + verdict.links() + " records.");
        out.flush();
        return verdict.intact() ? 0 : 1;
    }

    private static VerifyChain.Verdict check(Path folder) {
        try (Stores stores = Stores.openForReading(folder)) {
            return new VerifyChain(stores.chain()).check();
        }
    }
}
