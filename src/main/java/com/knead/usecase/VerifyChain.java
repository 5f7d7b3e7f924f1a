package com.knead.usecase;

import com.knead.domain.ChainCheck;
import com.knead.domain.ZNumbers;
import com.knead.store.ChainStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the tamper-evidence chain ({@code knead verify}): reads every chained record and its link,
 * read-only, and says in one sentence each which record does not match; then the Z numbers, which
 * must run without a gap, one day after another; and the kinds of record the chain's head says it covers.
 */
public final class VerifyChain {

    /** How many links the chain has, and what is wrong with it (empty when it is intact). */
    public record Verdict(long links, List<String> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private final ChainStore chain;

    public VerifyChain(ChainStore chain) {
        this.chain = chain;
    }

    public Verdict check() {
        ChainStore.Snapshot snapshot = chain.read();
        List<String> problems = new ArrayList<>(ChainCheck.problems(snapshot.links(), snapshot.headPosition(),
                snapshot.headHash(), snapshot.unlinked()));
        String kinds = ChainCheck.kindsProblem(snapshot.headKinds());
        if (kinds != null) {
            problems.add(kinds);
        }
        problems.addAll(ZNumbers.problems(snapshot.zs()));
        return new Verdict(snapshot.links().size(), List.copyOf(problems));
    }
}
