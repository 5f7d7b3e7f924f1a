package com.knead.ui.office;

import com.knead.control.office.PricesController;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import javax.swing.table.AbstractTableModel;

/** The price list as table rows; the last column takes a new price, handed to {@code onNewPrice}. */
final class PriceTableModel extends AbstractTableModel {

    static final int NEW_PRICE = 4;
    private static final String[] COLUMNS = {"Modality", "Duration", "Price today", "Waiting to take effect", "New price (type, then Enter)"};

    private final BiConsumer<UUID, String> onNewPrice;
    private List<PricesController.Row> rows = List.of();

    PriceTableModel(BiConsumer<UUID, String> onNewPrice) {
        this.onNewPrice = onNewPrice;
    }

    /** Replaces the rows; fires nothing when nothing changed (an edit in progress stays). */
    void replace(List<PricesController.Row> latest) {
        if (!latest.equals(rows)) {
            rows = List.copyOf(latest);
            fireTableDataChanged();
        }
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        PricesController.Row r = rows.get(row);
        return switch (column) {
            case 0 -> r.what();
            case 1 -> r.length();
            case 2 -> r.inEffect();
            case 3 -> r.pending();
            default -> r.typed();
        };
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column == NEW_PRICE;
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        if (column == NEW_PRICE && row < rows.size()) {
            String typed = value == null ? "" : value.toString();
            if (!typed.isBlank()) {
                onNewPrice.accept(rows.get(row).item(), typed);
            }
        }
    }
}
