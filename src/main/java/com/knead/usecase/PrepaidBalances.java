package com.knead.usecase;

import com.knead.domain.Money;
import com.knead.domain.PrepaidCode;
import com.knead.domain.Refused;
import com.knead.domain.ServicePackage;
import com.knead.store.GiftCardStore;
import com.knead.store.PackageStore;

/**
 * What is left on a gift card or a package, looked up when the desk takes it as payment. The sale's
 * own transaction checks the balance again, so a card used twice at once is still refused.
 */
public final class PrepaidBalances {

    private final GiftCardStore giftCards;
    private final PackageStore packages;

    public PrepaidBalances(GiftCardStore giftCards, PackageStore packages) {
        this.giftCards = giftCards;
        this.packages = packages;
    }

    /** The gift card's balance; refused plainly when there is no such card. */
    public Money giftCard(PrepaidCode code) {
        return giftCards.balance(code).orElseThrow(() -> new Refused("There is no gift card " + code + "."));
    }

    /** The package and its visits left; refused plainly when there is no such package. */
    public ServicePackage servicePackage(PrepaidCode code) {
        return packages.find(code).orElseThrow(() -> new Refused("There is no package " + code + "."));
    }
}
