package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.domain.Visit;
import com.knead.usecase.TodaysQueue;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * The live queue of today's visits. It reads the day's visits through the tasks every half second,
 * so a kiosk check-in (from this process or another) shows within a second, and keeps the selection.
 */
final class QueuePanel extends JPanel {

    static final int REFRESH_MILLIS = 500;

    private final TodaysQueue today;
    private final Tasks tasks;
    private final QueueTableModel model;
    private final JTable table;
    private final JLabel status = style(new JLabel(" "), "deskProblem");
    private final JPanel title = new JPanel(new MigLayout("insets 0, fillx", "[][grow, right]"));
    private final Timer refresher = new Timer(REFRESH_MILLIS, e -> refresh());
    private final Consumer<Optional<Visit>> onSelect;
    private boolean loading;
    private boolean replacing;
    private UUID selected;

    QueuePanel(TodaysQueue today, Tasks tasks, ZoneId zone, Consumer<Optional<Visit>> onSelect) {
        super(new MigLayout("fill, insets 0, wrap 1", "[grow, fill]", "[][grow, fill][]"));
        this.today = today;
        this.tasks = tasks;
        this.model = new QueueTableModel(zone);
        this.table = new JTable(model);
        this.onSelect = onSelect;
        table.setName("desk.queue");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setMaxWidth(50);
        // The client column also carries the red flag and its clearance ("⚑ cleared").
        table.getColumnModel().getColumn(1).setPreferredWidth(200);
        table.setDefaultRenderer(Object.class, new RedFlagRenderer(model));
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !replacing) {
                int row = table.getSelectedRow();
                Optional<Visit> visit = row < 0 ? Optional.empty() : Optional.of(model.at(row));
                selected = visit.map(Visit::id).orElse(null);
                onSelect.accept(visit);
            }
        });
        status.setName("desk.queueProblem");
        title.setOpaque(false);
        title.add(style(new JLabel("Today's queue"), "deskHeading"));
        add(title);
        add(new JScrollPane(table));
        add(status);
    }

    /** Puts {@code part} at the right of the queue's title (the desk's who-is-signed-in). */
    void besideTitle(JComponent part) {
        title.add(part);
    }

    void start() {
        refresh();
        refresher.start();
    }

    /** Selects the next visit still to be paid after the selected one, wrapping round (F3). */
    void selectNext() {
        int rows = model.getRowCount();
        int from = table.getSelectedRow();
        for (int step = 1; step <= rows; step++) {
            int row = (from + step + rows) % rows;
            if (model.at(row).status().isOpen()) {
                table.setRowSelectionInterval(row, row);
                table.scrollRectToVisible(table.getCellRect(row, 0, true));
                return;
            }
        }
    }

    void stop() {
        refresher.stop();
    }

    /** Reads the queue again now (also after the desk itself changed a visit). */
    void refresh() {
        if (loading) {
            return;
        }
        loading = true;
        tasks.read(today::visits, this::show, problem -> {
            loading = false;
            status.setText(problem);
        }, "The queue could not be read");
    }

    private void show(TodaysQueue.Day latest) {
        loading = false;
        status.setText(" ");
        replacing = true;
        try {
            if (!model.replace(latest.visits(), latest.clearances()) || selected == null) {
                return;
            }
            int row = model.rowOf(selected);
            if (row >= 0) {
                table.setRowSelectionInterval(row, row);
            }
        } finally {
            replacing = false;
        }
        // The selected visit may have moved on (paid, cancelled): tell the checkout, which keeps what was typed.
        onSelect.accept(model.find(selected));
    }
}
