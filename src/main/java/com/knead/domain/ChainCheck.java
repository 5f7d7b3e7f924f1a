package com.knead.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Walks the chain of records in link order and says, one sentence each, which record does not match.
 *
 * <p>Each link keeps the hash of the link before it and its own hash over its record's
 * {@link ChainForm}. So a record edited in place no longer hashes to its link; a record deleted leaves
 * a link pointing at nothing; a row added without Knead has no link; a link edited (its hash or its
 * previous hash) no longer joins its neighbours; a record and its link deleted together leave a gap in
 * the positions, or, at the end, a head the chain no longer reaches; a record edited with its hash
 * recomputed breaks the join with the next link. A Z also records the head it closed on (its anchor),
 * which must be the link just before it.
 */
public final class ChainCheck {

    /**
     * One link as stored, with its record's canonical body as read now in the link's {@code form}
     * ({@code body} null when the record is gone) and, for a Z, the chain head it recorded ({@code anchor},
     * else null).
     */
    public record Link(long position, String kind, UUID record, String label, String previousHash, String hash,
                       String body, String anchor, int form) {

        /** A link of form 1, as every link made before schema 29 is. */
        public Link(long position, String kind, UUID record, String label, String previousHash, String hash,
                    String body, String anchor) {
            this(position, kind, record, label, previousHash, hash, body, anchor, 1);
        }
    }

    /**
     * The chained kinds' version every chain head says once its clinic has been opened by this Knead: 2, the
     * kinds of schema 29 (gift card and package movements joined the chain). Knead raises a head's kinds to
     * this at the first start on 29 and never lowers them, so a head saying anything else was edited.
     */
    public static final int KINDS = 2;

    private ChainCheck() {
    }

    /**
     * The sentence for a head whose kinds were edited, or null: a head that says it covers fewer kinds than
     * Knead links would have the next start link again, unchecked, every row of the kinds it left out.
     */
    public static String kindsProblem(int headKinds) {
        if (headKinds == KINDS) {
            return null;
        }
        return "The chain's head was edited: it says the chain covers the kinds of record of version " + headKinds
                + ", not " + KINDS + ", which would leave gift card and package movements unchecked.";
    }

    /**
     * The problems, in chain order, then the rows no link covers ({@code unlinked}, by label); empty
     * when the chain is intact. {@code headPosition} and {@code headHash} are where the chain says it ends.
     */
    public static List<String> problems(List<Link> links, long headPosition, String headHash, List<String> unlinked) {
        List<String> problems = new ArrayList<>();
        String previousHash = ChainForm.GENESIS;
        String previousLabel = null;
        long expected = 1;
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            Link next = i + 1 < links.size() ? links.get(i + 1) : null;
            boolean gap = link.position() != expected;
            if (gap) {
                problems.add(gap(link.position() - expected, previousLabel, link.label()));
            }
            String problem = problem(link, next, gap ? null : previousHash);
            if (problem != null) {
                problems.add(problem);
            }
            previousHash = link.hash();
            previousLabel = link.label();
            expected = link.position() + 1;
        }
        long last = expected - 1;
        if (last != headPosition || !previousHash.equals(headHash)) {
            problems.add(headPosition > last
                    ? (headPosition - last) + " record(s) at the end of the chain were deleted with their links"
                            + (previousLabel == null ? "." : ", after " + previousLabel + ".")
                    : "The end of the chain does not match its head: links were added or changed"
                            + (previousLabel == null ? "." : " up to " + previousLabel + "."));
        }
        for (String label : unlinked) {
            problems.add(label + " was added outside Knead: it has no link in the chain.");
        }
        return problems;
    }

    /** What is wrong with one link, or null; {@code previousHash} is null after a gap (nothing to join to). */
    private static String problem(Link link, Link next, String previousHash) {
        if (link.body() == null) {
            return link.label() + " was deleted: its link in the chain points at nothing.";
        }
        String computed = hash(link, link.previousHash());
        if (!computed.equals(link.hash())) {
            boolean previousEdited = previousHash != null && !previousHash.equals(link.previousHash())
                    && hash(link, previousHash).equals(link.hash());
            boolean hashEdited = next != null && computed.equals(next.previousHash());
            return previousEdited || hashEdited
                    ? link.label() + ": its link in the chain was edited."
                    : link.label() + " was changed after it was recorded.";
        }
        if (link.anchor() != null && !link.anchor().equals(link.previousHash())) {
            return link.label() + " records a chain head the chain no longer has: records before it were rewritten.";
        }
        if (next != null && next.position() == link.position() + 1 && !link.hash().equals(next.previousHash())
                && !(next.body() != null && hash(next, link.hash()).equals(next.hash()))) {
            return link.label() + " was changed and its link in the chain rewritten to match; the chain breaks after it.";
        }
        return null;
    }

    private static String gap(long missing, String before, String after) {
        return missing + " record(s) " + (before == null ? "at the start of the chain, before " + after
                : "between " + before + " and " + after) + ", were deleted with their links in the chain.";
    }

    private static String hash(Link link, String previous) {
        return ChainForm.hash(link.form(), link.kind(), link.record(), previous, link.body());
    }
}
