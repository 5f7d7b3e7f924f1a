package com.knead.ui.office;

import com.knead.usecase.AuditLog;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The audit table's rows: time in the clinic's zone, place, action, outcome, staff, client, detail. */
final class AuditTableModel extends AbstractTableModel {

    private final String[] columns;
    private List<AuditLog.Line> lines = List.of();

    AuditTableModel(String zone) {
        columns = new String[] {"Time (" + zone + ")", "Place", "Action", "Outcome", "Staff", "Client", "Detail"};
    }

    void show(List<AuditLog.Line> shown) {
        if (!shown.equals(lines)) {
            lines = shown;
            fireTableDataChanged();
        }
    }

    @Override
    public int getRowCount() {
        return lines.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        AuditLog.Line line = lines.get(row);
        return switch (column) {
            case 0 -> line.time();
            case 1 -> line.place();
            case 2 -> line.action();
            case 3 -> line.outcome();
            case 4 -> line.staff();
            case 5 -> line.client();
            default -> line.detail();
        };
    }
}
