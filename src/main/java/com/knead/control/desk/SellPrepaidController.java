package com.knead.control.desk;

import com.knead.control.Tasks;
import com.knead.domain.CardReference;
import com.knead.domain.Clinic;
import com.knead.domain.Modality;
import com.knead.domain.Money;
import com.knead.domain.PrepaidCode;
import com.knead.domain.PrepaidOffer;
import com.knead.domain.PriceList;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.ServicePrice;
import com.knead.domain.StaffMember;
import com.knead.domain.Tender;
import com.knead.domain.TypedAmount;
import com.knead.usecase.Saved;
import com.knead.usecase.SellPrepaid;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The counter sale of a gift card (a value) or a package (N visits of one service), paid in cash or
 * by card. The same order submitted again (a double click, a retry after a failure) is the same
 * draft with the same key, so it is recorded once and the first receipt is shown again.
 */
public final class SellPrepaidController {

    /** Where the state goes: the dialog renders it. */
    public interface View {
        void show(State state);
    }

    /**
     * What the cashier typed and chose.
     *
     * @param service the package's service (ignored for a gift card); null when none is chosen
     * @param value   a gift card's value, or a package's price (blank: visits × the session price)
     * @param offer   one of the price list's packages or gift cards at a set price (then its kind, service,
     *                visits and price are the offer's, whatever else was typed), or null
     */
    public record Order(boolean giftCard, String code, String value, ServicePrice service, String visits,
                        String client, boolean card, String approval, String lastFour, UUID offer) {

        /** An order typed out in full, not one of the price list's set offers. */
        public Order(boolean giftCard, String code, String value, ServicePrice service, String visits,
                     String client, boolean card, String approval, String lastFour) {
            this(giftCard, code, value, service, visits, client, card, approval, lastFour, null);
        }
    }

    /**
     * What the dialog shows.
     *
     * @param prices  the services a package can hold; null until read
     * @param justSold true right after a sale is saved: the card number is cleared for the next card
     */
    public record State(PriceList prices, boolean canSell, boolean busy, String problem, String result, boolean justSold) {
    }

    private final SellPrepaid sellPrepaid;
    private final Supplier<StaffMember> cashier;
    private final Tasks tasks;
    private final View view;
    private final Clinic clinic;
    private PriceList prices;
    private boolean busy;
    private String problem = "";
    private String result = "";
    private Order lastOrder;
    private SaleDraft lastDraft;

    /** @param cashier who is signed in at the desk (null when nobody is); the sale is recorded as theirs */
    public SellPrepaidController(SellPrepaid sellPrepaid, Supplier<StaffMember> cashier, Tasks tasks, View view) {
        this.sellPrepaid = sellPrepaid;
        this.cashier = cashier;
        this.tasks = tasks;
        this.view = view;
        this.clinic = sellPrepaid.clinic();
    }

    /** Reads the services; call once when the dialog opens. */
    public void open() {
        publish(false);
        tasks.read(sellPrepaid::priceList, read -> {
            prices = read;
            publish(false);
        }, sentence -> {
            problem = sentence;
            publish(false);
        }, "The price list could not be read");
    }

    /** Records the order (once, however often it is submitted) and hands its receipt over. */
    public void sell(Order order) {
        if (busy || prices == null) {
            return;
        }
        SaleDraft draft;
        if (order.equals(lastOrder)) {
            draft = lastDraft;
        } else {
            try {
                draft = draft(order);
            } catch (Refused refused) {
                problem = refused.getMessage();
                publish(false);
                return;
            }
            lastOrder = order;
            lastDraft = draft;
        }
        busy = true;
        problem = "";
        publish(false);
        StaffMember by = cashier.get();
        tasks.write(() -> sellPrepaid.sell(draft, by), saved -> {
            busy = false;
            result = said(saved);
            publish(true);
        }, sentence -> {
            busy = false;
            problem = sentence;
            publish(false);
        }, "The sale could not be saved");
    }

    private static String said(Saved<Sale> saved) {
        Sale sale = saved.record();
        String afterwards = saved.afterwards();
        return "Receipt " + saved.receipt() + " saved: " + sale.lines().get(0).description() + ", "
                + sale.totals().total().plain() + "." + (afterwards.isEmpty() ? "" : " " + afterwards);
    }

    private SaleDraft draft(Order order) {
        SaleDraft draft = new SaleDraft(clinic, null, order.client().strip());
        PrepaidCode number = new PrepaidCode(order.code());
        if (order.offer() != null) {
            PrepaidOffer.Priced offer = prices.prepaid().stream().filter(p -> p.offer().id().equals(order.offer()))
                    .findFirst().orElseThrow(() -> new Refused("That offer is no longer on the price list."));
            draft.addLine(line(number, offer));
        } else if (order.giftCard()) {
            draft.addLine(SaleLine.giftCard(number, TypedAmount.parse(order.value(), clinic.currency())));
        } else {
            ServicePrice chosen = order.service();
            if (chosen == null) {
                throw new Refused("Choose the service the package is for.");
            }
            Modality modality = prices.modality(chosen.modalityId())
                    .orElseThrow(() -> new Refused("That service is no longer on the price list."));
            int count = visits(order.visits());
            Money price = order.value().isBlank() ? chosen.price().times(count)
                    : TypedAmount.parse(order.value(), clinic.currency());
            draft.addLine(SaleLine.packageOf(number, modality, chosen.minutes(), count, price));
        }
        Money due = draft.totals().amountDue();
        draft.addTender(order.card() ? Tender.card(due, new CardReference(order.approval(), order.lastFour()))
                : Tender.cash(due));
        return draft;
    }

    private SaleLine line(PrepaidCode number, PrepaidOffer.Priced priced) {
        PrepaidOffer offer = priced.offer();
        if (offer.giftCard()) {
            return SaleLine.giftCard(number, priced.price());
        }
        ServicePrice service = prices.service(offer.service().orElseThrow())
                .orElseThrow(() -> new Refused("That package's service is no longer on the price list."));
        Modality modality = prices.modality(service.modalityId())
                .orElseThrow(() -> new Refused("That service is no longer on the price list."));
        return SaleLine.packageOf(number, modality, service.minutes(), offer.visits(), priced.price());
    }

    private static int visits(String typed) {
        String visits = typed.strip();
        if (!visits.matches("[0-9]{1,2}")) {
            throw new Refused("Type how many visits the package holds, like 5.");
        }
        return Integer.parseInt(visits);
    }

    private void publish(boolean justSold) {
        view.show(new State(prices, prices != null && !busy, busy, problem, result, justSold));
    }
}
