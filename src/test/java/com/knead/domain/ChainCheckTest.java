package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The chain walked in memory: each way a record or its link can be touched is named in its own sentence. */
class ChainCheckTest {

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-7000-8000-%012d", n));
    }

    /** A chain of {@code n} intact sale links, Receipt 1 to n. */
    private static List<ChainCheck.Link> chain(int n) {
        List<ChainCheck.Link> links = new ArrayList<>();
        String previous = ChainForm.GENESIS;
        for (int i = 1; i <= n; i++) {
            String body = "total=" + i + "0.0000";
            String hash = ChainForm.hash("sale", id(i), previous, body);
            links.add(new ChainCheck.Link(i, "sale", id(i), "Receipt " + i, previous, hash, body, null));
            previous = hash;
        }
        return links;
    }

    private static String head(List<ChainCheck.Link> links) {
        return links.isEmpty() ? ChainForm.GENESIS : links.get(links.size() - 1).hash();
    }

    private static List<String> check(List<ChainCheck.Link> links) {
        return ChainCheck.problems(links, links.size(), head(links), List.of());
    }

    private static ChainCheck.Link with(ChainCheck.Link l, String previous, String hash, String body, String anchor) {
        return new ChainCheck.Link(l.position(), l.kind(), l.record(), l.label(), previous, hash, body, anchor);
    }

    @Test
    void aHeadSayingOtherKindsThanKneadLinksIsNamed() {
        assertThat(ChainCheck.kindsProblem(ChainCheck.KINDS)).isNull();
        assertThat(ChainCheck.KINDS).isEqualTo(2);
        assertThat(ChainCheck.kindsProblem(1)).isEqualTo("The chain's head was edited: it says the chain covers the "
                + "kinds of record of version 1, not 2, which would leave gift card and package movements unchecked.");
        assertThat(ChainCheck.kindsProblem(3)).startsWith("The chain's head was edited: it says the chain covers the "
                + "kinds of record of version 3, not 2");
    }

    @Test
    void anIntactChainAndAnEmptyOneHaveNoProblems() {
        assertThat(check(chain(4))).isEmpty();
        assertThat(check(List.of())).isEmpty();
    }

    @Test
    void aLinkIsCheckedInTheFormItSaysAndItsFormEditedIsNamed() {
        String body = "total=10.0000\ntax_rate=5.0000";
        String hash = ChainForm.hash(2, "sale", id(1), ChainForm.GENESIS, body);
        ChainCheck.Link two = new ChainCheck.Link(1, "sale", id(1), "Receipt 1", ChainForm.GENESIS, hash, body, null, 2);
        assertThat(check(List.of(two))).isEmpty();
        assertThat(new ChainCheck.Link(1, "sale", id(1), "Receipt 1", ChainForm.GENESIS, hash, body, null).form())
                .isEqualTo(1);
        ChainCheck.Link asFormOne = new ChainCheck.Link(1, "sale", id(1), "Receipt 1", ChainForm.GENESIS, hash, body,
                null, 1);
        assertThat(ChainCheck.problems(List.of(asFormOne), 1, hash, List.of()))
                .containsExactly("Receipt 1 was changed after it was recorded.");
    }

    @Test
    void aRecordChangedOrDeletedIsNamed() {
        List<ChainCheck.Link> links = chain(4);
        ChainCheck.Link two = links.get(1);
        links.set(1, with(two, two.previousHash(), two.hash(), "total=99.0000", null));
        ChainCheck.Link three = links.get(2);
        links.set(2, with(three, three.previousHash(), three.hash(), null, null));
        assertThat(check(links)).containsExactly("Receipt 2 was changed after it was recorded.",
                "Receipt 3 was deleted: its link in the chain points at nothing.");
    }

    @Test
    void anEditedLinkIsNamedAsTheLink() {
        List<ChainCheck.Link> hashEdited = chain(3);
        ChainCheck.Link two = hashEdited.get(1);
        hashEdited.set(1, with(two, two.previousHash(), "f".repeat(64), two.body(), null));
        assertThat(check(hashEdited)).containsExactly("Receipt 2: its link in the chain was edited.");

        List<ChainCheck.Link> previousEdited = chain(3);
        ChainCheck.Link three = previousEdited.get(2);
        previousEdited.set(2, with(three, "e".repeat(64), three.hash(), three.body(), null));
        assertThat(check(previousEdited)).containsExactly("Receipt 3: its link in the chain was edited.");
    }

    @Test
    void aRecordEditedWithItsHashRecomputedBreaksTheJoinToTheNext() {
        List<ChainCheck.Link> links = chain(3);
        ChainCheck.Link two = links.get(1);
        String body = "total=1.0000";
        links.set(1, with(two, two.previousHash(), ChainForm.hash("sale", two.record(), two.previousHash(), body), body, null));
        assertThat(check(links)).containsExactly(
                "Receipt 2 was changed and its link in the chain rewritten to match; the chain breaks after it.");
    }

    @Test
    void recordsDeletedWithTheirLinksLeaveAGapOrAShortEnd() {
        List<ChainCheck.Link> middle = chain(5);
        middle.remove(2);
        middle.remove(2);
        assertThat(ChainCheck.problems(middle, 5, head(middle), List.of())).containsExactly(
                "2 record(s) between Receipt 2 and Receipt 5, were deleted with their links in the chain.");

        List<ChainCheck.Link> start = chain(3);
        start.remove(0);
        assertThat(ChainCheck.problems(start, 3, head(start), List.of())).containsExactly(
                "1 record(s) at the start of the chain, before Receipt 2, were deleted with their links in the chain.");

        List<ChainCheck.Link> end = chain(4);
        end.remove(3);
        end.remove(2);
        assertThat(ChainCheck.problems(end, 4, head(chain(4)), List.of())).containsExactly(
                "2 record(s) at the end of the chain were deleted with their links, after Receipt 2.");
        assertThat(ChainCheck.problems(List.of(), 2, "a".repeat(64), List.of())).containsExactly(
                "2 record(s) at the end of the chain were deleted with their links.");
    }

    @Test
    void aHeadTheChainDoesNotReachIsSaid() {
        List<ChainCheck.Link> links = chain(2);
        assertThat(ChainCheck.problems(links, 2, "b".repeat(64), List.of())).containsExactly(
                "The end of the chain does not match its head: links were added or changed up to Receipt 2.");
        assertThat(ChainCheck.problems(links, 1, head(links), List.of())).containsExactly(
                "The end of the chain does not match its head: links were added or changed up to Receipt 2.");
        assertThat(ChainCheck.problems(List.of(), 0, "b".repeat(64), List.of())).containsExactly(
                "The end of the chain does not match its head: links were added or changed.");
    }

    @Test
    void rowsWithoutALinkAreNamedAfterTheChain() {
        List<ChainCheck.Link> links = chain(1);
        assertThat(ChainCheck.problems(links, 1, head(links), List.of("Receipt 9", "Receipt 10"))).containsExactly(
                "Receipt 9 was added outside Knead: it has no link in the chain.",
                "Receipt 10 was added outside Knead: it has no link in the chain.");
    }

    @Test
    void aZMustHaveClosedOnTheLinkJustBeforeIt() {
        List<ChainCheck.Link> links = chain(2);
        String before = links.get(1).hash();
        String body = "z_number=1";
        String zHash = ChainForm.hash("z", id(3), before, body);
        links.add(new ChainCheck.Link(3, "z", id(3), "Z 000001", before, zHash, body, before));
        assertThat(check(links)).isEmpty();

        List<ChainCheck.Link> rewritten = new ArrayList<>(links);
        rewritten.set(2, with(links.get(2), before, zHash, body, "c".repeat(64)));
        assertThat(check(rewritten)).containsExactly(
                "Z 000001 records a chain head the chain no longer has: records before it were rewritten.");
    }
}
