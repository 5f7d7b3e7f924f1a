package com.knead.ui.desk;

import com.knead.domain.PriceList;
import com.knead.domain.ServicePrice;
import java.awt.Component;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;

/**
 * Chooses one bookable service with its duration and price, "Deep tissue, 60 min — 85.00", from the
 * price list: the walk-in check-in and the sale of a package share it.
 */
final class ServicePicker extends JComboBox<ServicePrice> {

    private PriceList prices;

    /** @param priceSuffix said after the price, e.g. " each" for a package's sessions */
    ServicePicker(String priceSuffix) {
        setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                String text = value instanceof ServicePrice price && prices != null
                        ? prices.modality(price.modalityId()).map(m -> m.name()).orElse("?") + ", " + price.minutes()
                                + " min — " + price.price().plain() + priceSuffix
                        : " ";
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
    }

    /** Lists every price of every bookable service, in the price list's order. */
    void show(PriceList list) {
        if (list == prices) {
            return;
        }
        prices = list;
        DefaultComboBoxModel<ServicePrice> model = new DefaultComboBoxModel<>();
        list.bookable().forEach(m -> list.pricesOf(m.id()).forEach(model::addElement));
        setModel(model);
    }

    /** The service chosen; null while there is none. */
    ServicePrice chosen() {
        return (ServicePrice) getSelectedItem();
    }

    boolean isEmpty() {
        return getModel().getSize() == 0;
    }
}
