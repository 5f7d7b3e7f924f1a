package com.knead.ui.desk;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;

/** Paints the queue's rows: a visit whose intake raised a red flag stands out in the theme's warning colours. */
final class RedFlagRenderer extends DefaultTableCellRenderer {

    private final QueueTableModel model;

    RedFlagRenderer(QueueTableModel model) {
        this.model = model;
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                   int row, int column) {
        Component cell = super.getTableCellRendererComponent(table, value, selected, focus, row, column);
        boolean flagged = model.at(table.convertRowIndexToModel(row)).redFlag();
        if (flagged && !selected) {
            cell.setBackground(colour("Knead.redFlagBackground", new Color(0xfde2e4)));
            cell.setForeground(colour("Knead.redFlagForeground", new Color(0xa4000f)));
        } else if (!selected) {
            cell.setBackground(table.getBackground());
            cell.setForeground(table.getForeground());
        }
        cell.setFont(flagged ? table.getFont().deriveFont(Font.BOLD) : table.getFont());
        // A narrow column cuts text off ("In sessi…"); the whole of it shows under the pointer.
        setToolTipText(value == null || String.valueOf(value).isEmpty() ? null : String.valueOf(value));
        return cell;
    }

    private static Color colour(String key, Color fallback) {
        Color themed = UIManager.getColor(key);
        return themed != null ? themed : fallback;
    }
}
