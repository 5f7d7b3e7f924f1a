package com.knead.ui.office;

import com.knead.control.office.StaffEditor;
import java.util.List;
import java.util.UUID;
import javax.swing.table.AbstractTableModel;

/** The staff table's rows in words: name, role, active or not, PIN set, locked. */
final class StaffTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"Name", "Role", "Active", "PIN", "Locked"};

    private List<StaffEditor.Row> rows = List.of();

    /** Shows {@code shown}; returns true when anything changed. */
    boolean show(List<StaffEditor.Row> shown) {
        if (shown.equals(rows)) {
            return false;
        }
        rows = shown;
        fireTableDataChanged();
        return true;
    }

    UUID idAt(int row) {
        return rows.get(row).id();
    }

    int rowOf(UUID id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
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
    public Object getValueAt(int rowIndex, int column) {
        StaffEditor.Row row = rows.get(rowIndex);
        return switch (column) {
            case 0 -> row.name();
            case 1 -> row.role().words();
            case 2 -> row.active() ? "active" : "deactivated";
            case 3 -> row.pinSet() ? "set" : "none";
            default -> row.locked() ? "locked" : "";
        };
    }
}
