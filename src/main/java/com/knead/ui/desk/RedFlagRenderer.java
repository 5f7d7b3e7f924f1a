package com.knead.ui.desk;

import java.awt.Component;
import java.awt.Font;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;

/** Paints the queue's rows: a visit whose intake raised a red flag stands out in the theme's warning colours. */
final class RedFlagRenderer extends DefaultTableCellRenderer {

    /** The theme file's keys (com/knead/ui/theme/FlatLaf.properties); the colours live there only. */
    static final String BACKGROUND = "Knead.redFlagBackground";
    static final String FOREGROUND = "Knead.redFlagForeground";

    private final QueueTableModel model;

    /** Refuses to start without the theme, rather than show red-flag rows in plain colours. */
    RedFlagRenderer(QueueTableModel model) {
        this.model = model;
        for (String key : new String[] {BACKGROUND, FOREGROUND}) {
            if (UIManager.getColor(key) == null) {
                throw new IllegalStateException(key + " is missing: install the theme (Theme.install()) first.");
            }
        }
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                   int row, int column) {
        Component cell = super.getTableCellRendererComponent(table, value, selected, focus, row, column);
        boolean flagged = model.at(table.convertRowIndexToModel(row)).redFlag();
        if (flagged && !selected) {
            cell.setBackground(UIManager.getColor(BACKGROUND));
            cell.setForeground(UIManager.getColor(FOREGROUND));
        } else if (!selected) {
            cell.setBackground(table.getBackground());
            cell.setForeground(table.getForeground());
        }
        cell.setFont(flagged ? table.getFont().deriveFont(Font.BOLD) : table.getFont());
        // A narrow column cuts text off ("In sessi…"); the whole of it shows under the pointer.
        setToolTipText(value == null || String.valueOf(value).isEmpty() ? null : String.valueOf(value));
        return cell;
    }
}
