package com.knead.ui.office;

import com.knead.domain.Permission;
import com.knead.domain.RoleRights;
import com.knead.domain.StaffRole;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;

/**
 * The office's "Roles" tab: what each role may do, read-only, straight from {@link RoleRights}, the
 * one table every use case checks.
 */
final class RolesPage extends JPanel implements OfficePage {

    RolesPage() {
        super(new MigLayout("insets 16, wrap 1, fill", "[grow, fill]", "[][grow, fill]"));
        setName("office.rolesPage");
        JTable table = new JTable(new RightsModel());
        table.setName("office.roles");
        table.setFocusable(false);
        table.setRowSelectionAllowed(false);
        table.getColumnModel().getColumn(0).setPreferredWidth(360);
        add(new JLabel("What each role may do. Rights are checked whenever someone acts, however the screen was used."));
        add(new JScrollPane(table));
    }

    @Override
    public String title() {
        return "Roles";
    }

    @Override
    public void opened() {
        // Nothing to read: the table is the program's own.
    }

    @Override
    public void locked() {
        // Nothing typed here.
    }

    /** Rows: the rights in words; columns: the roles; cells: yes or no. */
    private static final class RightsModel extends AbstractTableModel {

        private static final Permission[] RIGHTS = Permission.values();
        private static final StaffRole[] ROLES = StaffRole.values();

        @Override
        public int getRowCount() {
            return RIGHTS.length;
        }

        @Override
        public int getColumnCount() {
            return ROLES.length + 1;
        }

        @Override
        public String getColumnName(int column) {
            return column == 0 ? "May …" : ROLES[column - 1].words();
        }

        @Override
        public Object getValueAt(int row, int column) {
            Permission right = RIGHTS[row];
            if (column == 0) {
                return right.words();
            }
            return RoleRights.may(ROLES[column - 1], right) ? "yes" : "no";
        }
    }
}
