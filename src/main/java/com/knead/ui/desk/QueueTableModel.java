package com.knead.ui.desk;

import com.knead.domain.Clearance;
import com.knead.domain.Visit;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.swing.table.AbstractTableModel;

/** Today's visits as rows of the desk's queue; a red-flagged visit says what its physician clearance is. */
final class QueueTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"No.", "Client", "Service", "Price", "Status", "Checked in", "Therapist", "Room"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;
    private List<Visit> visits = List.of();
    private Map<UUID, Clearance.Kind> clearances = Map.of();

    QueueTableModel(ZoneId zone) {
        this.zone = zone;
    }

    /** Replaces the rows and the latest clearance of each visit; returns false (and fires nothing) when nothing changed. */
    boolean replace(List<Visit> latest, Map<UUID, Clearance.Kind> latestClearances) {
        if (latest.equals(visits) && latestClearances.equals(clearances)) {
            return false;
        }
        visits = List.copyOf(latest);
        clearances = Map.copyOf(latestClearances);
        fireTableDataChanged();
        return true;
    }

    Visit at(int row) {
        return visits.get(row);
    }

    int rowOf(UUID visitId) {
        for (int i = 0; i < visits.size(); i++) {
            if (visits.get(i).id().equals(visitId)) {
                return i;
            }
        }
        return -1;
    }

    Optional<Visit> find(UUID visitId) {
        int row = rowOf(visitId);
        return row < 0 ? Optional.empty() : Optional.of(visits.get(row));
    }

    @Override
    public int getRowCount() {
        return visits.size();
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
        Visit v = visits.get(row);
        return switch (column) {
            case 0 -> v.queueNumber();
            case 1 -> v.redFlag() ? v.clientName() + "  ⚑ " + flag(v.id()) : v.clientName();
            case 2 -> v.serviceDescription();
            case 3 -> v.price().plain();
            case 4 -> v.status().label();
            case 5 -> TIME.format(v.checkedInAt().atZone(zone));
            case 6 -> v.therapistName() == null ? "" : v.therapistName();
            default -> v.room() == null ? "" : v.room();
        };
    }

    /** What a red flag's row says: "red flag" until its physician clearance is recorded, then what it is. */
    private String flag(UUID visitId) {
        Clearance.Kind kind = clearances.get(visitId);
        if (kind == null) {
            return "red flag";
        }
        return switch (kind) {
            case CLEARED -> "cleared";
            case NONE -> "no clearance";
            case WAIVED -> "waived";
        };
    }
}
